/** One glyph a line: the letter (`_` for a space), then its seven rows of five cells, '#' filled. */
const GLYPH_TABLE = `
A .###. #...# #...# ##### #...# #...# #...#
C .#### #.... #.... #.... #.... #.... .####
E ##### #.... #.... ####. #.... #.... #####
I .###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.
K #...# #..#. #.#.. ##... #.#.. #..#. #...#
L #.... #.... #.... #.... #.... #.... #####
M #...# ##.## #.#.# #.#.# #...# #...# #...#
N #...# ##..# #.#.# #..## #...# #...# #...#
O .###. #...# #...# #...# #...# #...# .###.
P ####. #...# #...# ####. #.... #.... #....
R ####. #...# #...# ####. #.#.. #..#. #...#
S .#### #.... #.... .###. ....# ....# ####.
T ##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..
_ ..... ..... ..... ..... ..... ..... .....
`;

/**
 * A 5x7 block font for the big 3D "PANTAI LOSARI" letters: plain data, so the schema can check that
 * every letter of the data has a glyph and the builder can turn '#' cells into boxes.
 */
export const BLOCK_GLYPHS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  GLYPH_TABLE.trim()
    .split('\n')
    .map((line) => line.split(' '))
    .map(([letter, ...glyphRows]) => [letter === '_' ? ' ' : letter, glyphRows]),
);
