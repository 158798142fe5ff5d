// In-page half of the e2e XR driver. Runs as a Playwright init script right after iwer.min.js (UMD, global
// `IWER`), before any app script, so the app sees IWER's navigator.xr instead of headless Chromium's native one.
// Plain browser JavaScript on purpose: it is injected as-is (no transpiler helpers) and driven from
// xrDriver.ts through window.__xrDriver. All points are in the WebXR local-floor frame (right-handed, metres).
(function installXrDriver() {
  'use strict';
  var config = window.__xrDriverConfig || {};
  var device = new IWER.XRDevice(IWER[config.profile || 'metaQuest3'], { stereoEnabled: !!config.stereo });
  device.installRuntime({ forceInstall: true });

  // IWER 2.5 deviates from the WebXR spec in getOffsetReferenceSpace(originOffset): it clones the
  // XRRigidTransform object as if it were a matrix, so every offset space (how Babylon teleports and
  // snap-turns) gets a NaN matrix. Pass the transform's matrix, as the spec means. App code is unchanged.
  var RefSpace = window.XRReferenceSpace || IWER.XRReferenceSpace;
  if (RefSpace && RefSpace.prototype.getOffsetReferenceSpace) {
    var offsetSpace = RefSpace.prototype.getOffsetReferenceSpace;
    RefSpace.prototype.getOffsetReferenceSpace = function (originOffset) {
      return offsetSpace.call(this, originOffset && originOffset.matrix ? originOffset.matrix : originOffset);
    };
  } else {
    throw new Error('IWER changed: XRReferenceSpace.getOffsetReferenceSpace not found; revisit the offset-space fix');
  }
  device.primaryInputMode = config.inputMode === 'controllers' ? 'controller' : 'hand';

  var state = { refSpace: null, refSpaceSession: null };

  function session() {
    var s = device.activeSession;
    if (!s) throw new Error('No XR session is active (enter VR first)');
    return s;
  }
  function localFloor() {
    var s = session();
    if (state.refSpaceSession === s && state.refSpace) return Promise.resolve(state.refSpace);
    return s.requestReferenceSpace('local-floor').then(function (space) {
      state.refSpace = space;
      state.refSpaceSession = s;
      return space;
    });
  }
  // Runs `read(frame, space)` inside the next XR frame callback (an XRFrame is only valid there) and
  // resolves with its result; the callback runs alongside the app's own frame callbacks.
  function nextFrame(read) {
    return localFloor().then(function (space) {
      return new Promise(function (resolve, reject) {
        session().requestAnimationFrame(function (time, frame) {
          try {
            resolve(read ? read(frame, space) : undefined);
          } catch (error) {
            reject(error);
          }
        });
      });
    });
  }
  function frames(n) {
    var p = Promise.resolve();
    for (var i = 0; i < n; i++) p = p.then(function () { return nextFrame(); });
    return p;
  }
  function inputSource(handedness, wantHand) {
    var list = session().inputSources;
    for (var i = 0; i < list.length; i++) {
      var src = list[i];
      if (src.handedness === handedness && !!src.hand === wantHand) return src;
    }
    return null;
  }
  function input(handedness) {
    return device.primaryInputMode === 'hand' ? device.hands[handedness] : device.controllers[handedness];
  }
  function vec(p) { return { x: p.x, y: p.y, z: p.z }; }
  function quat(o) { return { x: o.x, y: o.y, z: o.z, w: o.w }; }
  function sub(a, b) { return { x: a.x - b.x, y: a.y - b.y, z: a.z - b.z }; }
  function len(a) { return Math.sqrt(a.x * a.x + a.y * a.y + a.z * a.z); }
  function norm(a) { var l = len(a) || 1; return { x: a.x / l, y: a.y / l, z: a.z / l }; }
  function qmul(a, b) {
    return {
      w: a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z,
      x: a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y,
      y: a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
      z: a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w,
    };
  }
  function rotate(q, v) {
    var p = qmul(qmul(q, { w: 0, x: v.x, y: v.y, z: v.z }), { w: q.w, x: -q.x, y: -q.y, z: -q.z });
    return { x: p.x, y: p.y, z: p.z };
  }
  // Shortest rotation taking unit vector a onto unit vector b, scaled to `fraction` of the angle.
  function rotationBetween(a, b, fraction) {
    var c = { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x };
    var d = Math.max(-1, Math.min(1, a.x * b.x + a.y * b.y + a.z * b.z));
    var angle = Math.acos(d) * fraction;
    var axis = len(c) < 1e-9 ? (d > 0 ? { x: 0, y: 1, z: 0 } : { x: 0, y: 1, z: 0 }) : norm(c);
    var s = Math.sin(angle / 2);
    return { w: Math.cos(angle / 2), x: axis.x * s, y: axis.y * s, z: axis.z * s };
  }
  function jointPose(frame, space, handedness, joint) {
    var src = inputSource(handedness, true);
    if (!src) throw new Error('No tracked ' + handedness + ' hand (switch to hands first)');
    var pose = frame.getJointPose(src.hand.get(joint), space);
    if (!pose) throw new Error('No pose for ' + handedness + ' ' + joint);
    return { position: vec(pose.transform.position), orientation: quat(pose.transform.orientation), radius: pose.radius };
  }
  function rayPose(frame, space, handedness) {
    var src = inputSource(handedness, device.primaryInputMode === 'hand');
    if (!src) throw new Error('No ' + handedness + ' input source in ' + device.primaryInputMode + ' mode');
    var pose = frame.getPose(src.targetRaySpace, space);
    if (!pose) throw new Error('No target-ray pose for ' + handedness);
    var o = quat(pose.transform.orientation);
    return { origin: vec(pose.transform.position), direction: rotate(o, { x: 0, y: 0, z: -1 }), orientation: o };
  }
  function moveInput(handedness, delta) {
    var p = input(handedness).position;
    p.set(p.x + delta.x, p.y + delta.y, p.z + delta.z);
  }

  window.__xrDriver = {
    device: device,
    status: function () {
      var s = device.activeSession;
      return {
        sessionActive: !!s,
        mode: device.primaryInputMode === 'hand' ? 'hands' : 'controllers',
        inputSources: s ? Array.prototype.map.call(s.inputSources, function (src) {
          return { handedness: src.handedness, targetRayMode: src.targetRayMode, hand: !!src.hand, profiles: src.profiles.slice() };
        }) : [],
        headset: { position: vec(device.position), orientation: quat(device.quaternion) },
      };
    },
    setInputMode: function (mode) {
      device.primaryInputMode = mode === 'hands' ? 'hand' : 'controller';
      return device.activeSession ? frames(2) : Promise.resolve();
    },
    frames: function (n) { return frames(n).then(function () { return undefined; }); },
    setHeadset: function (pose) {
      if (pose.position) device.position.set(pose.position.x, pose.position.y, pose.position.z);
      if (pose.orientation) device.quaternion.set(pose.orientation.x, pose.orientation.y, pose.orientation.z, pose.orientation.w);
      return device.activeSession ? frames(1) : Promise.resolve();
    },
    setInputTransform: function (handedness, pose) {
      var i = input(handedness);
      if (pose.position) i.position.set(pose.position.x, pose.position.y, pose.position.z);
      if (pose.orientation) i.quaternion.set(pose.orientation.x, pose.orientation.y, pose.orientation.z, pose.orientation.w);
      return device.activeSession ? frames(1) : Promise.resolve();
    },
    joint: function (handedness, joint) {
      return nextFrame(function (frame, space) { return jointPose(frame, space, handedness, joint); });
    },
    ray: function (handedness) {
      return nextFrame(function (frame, space) { return rayPose(frame, space, handedness); });
    },
    // Closed loop: each frame, read where the index fingertip really is and move the hand a share of the
    // remaining distance, so the tip arrives at `target` on the last step whatever the pose and wrist offset.
    moveFingertipTo: function (handedness, target, options) {
      var steps = Math.max(1, (options && options.steps) || 20);
      var joint = (options && options.joint) || 'index-finger-tip';
      var trace = [];
      function step(i) {
        return nextFrame(function (frame, space) { return jointPose(frame, space, handedness, joint).position; }).then(function (tip) {
          trace.push(tip);
          if (i === steps) return { position: tip, error: len(sub(target, tip)), trace: trace };
          var remaining = sub(target, tip);
          var share = 1 / (steps - i);
          moveInput(handedness, { x: remaining.x * share, y: remaining.y * share, z: remaining.z * share });
          return step(i + 1);
        });
      }
      return step(0);
    },
    // Closed loop on orientation: turn the hand or controller until its target ray points at `target`.
    aimAt: function (handedness, target, options) {
      var steps = Math.max(1, (options && options.steps) || 10);
      function step(i) {
        return nextFrame(function (frame, space) { return rayPose(frame, space, handedness); }).then(function (ray) {
          var wanted = norm(sub(target, ray.origin));
          var cos = ray.direction.x * wanted.x + ray.direction.y * wanted.y + ray.direction.z * wanted.z;
          var angle = Math.acos(Math.max(-1, Math.min(1, cos)));
          if (i === steps) return { origin: ray.origin, direction: ray.direction, errorRadians: angle };
          var delta = rotationBetween(ray.direction, wanted, 1 / (steps - i));
          var q = input(handedness).quaternion;
          var next = qmul(delta, quat(q));
          q.set(next.x, next.y, next.z, next.w);
          return step(i + 1);
        });
      }
      return step(0);
    },
    setPinch: function (handedness, value) {
      var hand = device.hands[handedness];
      if (!hand) throw new Error('No ' + handedness + ' hand');
      hand.updatePinchValue(value);
      return device.activeSession ? frames(2) : Promise.resolve();
    },
    setButton: function (handedness, button, value) {
      var c = device.controllers[handedness];
      if (!c) throw new Error('No ' + handedness + ' controller');
      c.updateButtonValue(button, value);
      return device.activeSession ? frames(2) : Promise.resolve();
    },
    setThumbstick: function (handedness, x, y) {
      var c = device.controllers[handedness];
      if (!c) throw new Error('No ' + handedness + ' controller');
      c.updateAxes('thumbstick', x, y);
      return device.activeSession ? frames(2) : Promise.resolve();
    },
  };
})();
