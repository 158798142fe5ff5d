import { MeshBatch } from './meshBatch';
import { hexColor } from './hexColor';

/** The separately animated pieces of an officer; each becomes one thin-instanced mesh shared by every officer. */
export type OfficerPartKind = 'body' | 'head' | 'hair' | 'peci' | 'hijab' | 'eye' | 'mouth' | 'arm' | 'hand';

/** Uniform colours: the khaki of Makassar's civil-service (PNS) uniform, with the city's red and gold as accents. */
const KHAKI = hexColor('#c2ab7e');
const KHAKI_DARK = hexColor('#a48d61');
const TROUSERS = hexColor('#6f5d3e');
const BLACK = hexColor('#1b1a18');
const WHITE = hexColor('#ffffff');
const GOLD = hexColor('#d4a62a');
const RED = hexColor('#c8102e');

/**
 * Low-poly geometry of one officer, 1.70 m tall, facing +Z, each part in its own pivot's frame: body from the
 * feet, head from the neck base, arm from the shoulder (hanging down -y), hand from the wrist.
 */
export function officerPartGeometry(): Record<OfficerPartKind, MeshBatch> {
  const body = new MeshBatch();
  for (const x of [-0.09, 0.09]) {
    body.box([0.11, 0.07, 0.25], BLACK, { position: [x, 0.035, 0.03] });
    body.cylinder({ height: 0.82, diameterTop: 0.15, diameterBottom: 0.12, tessellation: 7 }, TROUSERS, { position: [x, 0.48, 0] });
    body.box([0.09, 0.05, 0.015], KHAKI_DARK, { position: [x, 1.2, 0.19] }); // pocket flaps
    body.box([0.09, 0.025, 0.2], KHAKI_DARK, { position: [x * 1.9, 1.375, 0] }); // epaulettes
  }
  body.cylinder({ height: 0.54, diameterTop: 0.42, diameterBottom: 0.35, tessellation: 8 }, KHAKI, { position: [0, 1.13, 0] });
  body.cylinder({ height: 0.05, diameterTop: 0.36, diameterBottom: 0.36, tessellation: 8 }, BLACK, { position: [0, 0.885, 0] });
  body.box([0.06, 0.04, 0.02], GOLD, { position: [0, 0.885, 0.18] }); // buckle
  body.cylinder({ height: 0.05, diameterTop: 0.19, diameterBottom: 0.24, tessellation: 8 }, KHAKI_DARK, { position: [0, 1.41, 0] });
  for (let i = 0; i < 4; i++) body.box([0.018, 0.018, 0.01], KHAKI_DARK, { position: [0, 1.33 - i * 0.11, 0.2] });
  body.box([0.11, 0.03, 0.01], BLACK, { position: [0.1, 1.27, 0.2] }); // name badge
  body.box([0.08, 0.008, 0.004], WHITE, { position: [0.1, 1.27, 0.207] });
  body.box([0.04, 0.05, 0.01], RED, { position: [-0.1, 1.28, 0.2] }); // city emblem pin
  body.box([0.025, 0.03, 0.004], GOLD, { position: [-0.1, 1.28, 0.207] });

  const head = new MeshBatch();
  head.cylinder({ height: 0.09, diameterTop: 0.1, diameterBottom: 0.11, tessellation: 8 }, WHITE, { position: [0, 0.04, 0] });
  head.sphere([0.2, 0.24, 0.22], WHITE, { position: [0, 0.17, 0] }, 8);
  head.sphere([0.035, 0.04, 0.04], WHITE, { position: [0, 0.16, 0.105] }, 4); // nose
  for (const x of [-0.1, 0.1]) head.sphere([0.035, 0.06, 0.03], WHITE, { position: [x, 0.17, 0] }, 4);

  const hair = new MeshBatch();
  hair.sphere([0.215, 0.17, 0.235], WHITE, { position: [0, 0.24, -0.025] }, 8);

  const peci = new MeshBatch();
  peci.sphere([0.212, 0.15, 0.23], WHITE, { position: [0, 0.235, -0.025] }, 8);
  peci.cylinder({ height: 0.09, diameterTop: 0.2, diameterBottom: 0.215, tessellation: 12 }, WHITE, { position: [0, 0.3, -0.01] });

  const hijab = new MeshBatch();
  hijab.sphere([0.26, 0.27, 0.25], WHITE, { position: [0, 0.18, -0.035] }, 10);
  hijab.cylinder({ height: 0.17, diameterTop: 0.18, diameterBottom: 0.38, tessellation: 10 }, WHITE, { position: [0, -0.04, -0.015] });

  const eye = new MeshBatch();
  eye.sphere([0.028, 0.032, 0.02], hexColor('#2a1c14'), {}, 4);

  const mouth = new MeshBatch();
  mouth.box([0.05, 0.012, 0.012], hexColor('#7a2a2a'));

  const arm = new MeshBatch();
  arm.sphere([0.11, 0.11, 0.11], KHAKI, {}, 5); // shoulder
  arm.cylinder({ height: 0.56, diameterTop: 0.1, diameterBottom: 0.08, tessellation: 7 }, KHAKI, { position: [0, -0.28, 0] });
  arm.cylinder({ height: 0.05, diameterTop: 0.085, diameterBottom: 0.085, tessellation: 7 }, KHAKI_DARK, { position: [0, -0.53, 0] });
  arm.box([0.05, 0.06, 0.02], RED, { position: [0, -0.12, 0.048] }); // sleeve badge of the city
  arm.box([0.03, 0.035, 0.01], GOLD, { position: [0, -0.12, 0.058] });

  const hand = new MeshBatch();
  hand.sphere([0.075, 0.1, 0.05], WHITE, { position: [0, -0.04, 0] }, 5);

  return { body, head, hair, peci, hijab, eye, mouth, arm, hand };
}
