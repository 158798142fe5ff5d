import { expect } from 'chai';
import { IKM_ELEMENTS, computeIkm, ikmGrade } from '../../../src/shared/ikm';

const all = (v: number) => new Array(9).fill(v);

describe('computeIkm', () => {
  it('has the 9 PermenPANRB 14/2017 elements', () => {
    expect(IKM_ELEMENTS).to.have.length(9);
    expect(IKM_ELEMENTS[0].id).to.equal('Persyaratan');
    expect(IKM_ELEMENTS[8].id).to.equal('Sarana dan prasarana');
  });

  it('gives 100 / A for all 4s and 25 / D for all 1s', () => {
    expect(computeIkm([all(4)])).to.include({ index: 100, grade: 'A', count: 1 });
    expect(computeIkm([all(1)])).to.include({ index: 25, grade: 'D' });
  });

  it('computes element means and the index as mean of means × 25', () => {
    const r = computeIkm([
      [4, 3, 3, 4, 3, 4, 4, 3, 3],
      [3, 3, 2, 4, 3, 3, 4, 3, 2],
    ]);
    expect(r.elementMeans).to.deep.equal([3.5, 3, 2.5, 4, 3, 3.5, 4, 3, 2.5]);
    // mean of means = 29/9 = 3.2222…, × 25 = 80.555… -> 80.56
    expect(r.index).to.equal(80.56);
    expect(r.grade).to.equal('B');
    expect(r.gradeLabel).to.deep.equal({ id: 'Baik', en: 'Good' });
  });

  it('grades exactly at the published boundaries', () => {
    expect(ikmGrade(100)).to.equal('A');
    expect(ikmGrade(88.31)).to.equal('A');
    expect(ikmGrade(88.3)).to.equal('B');
    expect(ikmGrade(76.61)).to.equal('B');
    expect(ikmGrade(76.6)).to.equal('C');
    expect(ikmGrade(65)).to.equal('C');
    expect(ikmGrade(64.99)).to.equal('D');
    expect(ikmGrade(25)).to.equal('D');
  });

  it('rounds the index half up before grading (88.305 is A, 76.605 is B)', () => {
    // 200 responses × 9 = 1800 answers. Index = total × 25 / 1800 = total / 72.
    // total 6358 -> 88.3055… -> 88.31 (A); total 6357 -> 88.2916… -> 88.29 (B)
    const make = (total: number) => {
      const answers = new Array(1800).fill(1);
      let extra = total - 1800;
      for (let i = 0; extra > 0; i++) {
        const add = Math.min(3, extra);
        answers[i] += add;
        extra -= add;
      }
      return Array.from({ length: 200 }, (_, r) => answers.slice(r * 9, r * 9 + 9));
    };
    expect(computeIkm(make(6358))).to.include({ index: 88.31, grade: 'A' });
    expect(computeIkm(make(6357))).to.include({ index: 88.29, grade: 'B' });
    // total 5516 -> 76.611… -> 76.61 (B); total 5515 -> 76.597… -> 76.60 (C)
    expect(computeIkm(make(5516))).to.include({ index: 76.61, grade: 'B' });
    expect(computeIkm(make(5515))).to.include({ index: 76.6, grade: 'C' });
    // total 4679 -> 64.986… -> 64.99 (D); total 4680 -> 65.00 (C)
    expect(computeIkm(make(4679))).to.include({ index: 64.99, grade: 'D' });
    expect(computeIkm(make(4680))).to.include({ index: 65, grade: 'C' });
  });

  it('refuses empty and malformed input instead of inventing a grade', () => {
    expect(() => computeIkm([])).to.throw(RangeError, /no responses/);
    expect(() => computeIkm([[4, 4, 4]])).to.throw(RangeError, /response 0/);
    expect(() => computeIkm([all(4), [...all(4).slice(1), 5]])).to.throw(RangeError, /response 1/);
    expect(() => computeIkm([[...all(3).slice(1), 2.5]])).to.throw(RangeError);
  });
});
