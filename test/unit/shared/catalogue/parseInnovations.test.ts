import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parseInnovations } from '../../../../src/shared/catalogue';

const raw = () => JSON.parse(readFileSync('scenes/innovations.json', 'utf8'));

describe('parseInnovations', () => {
  it('accepts the shipped gallery of a dozen programmes with a sample-content note', () => {
    const g = parseInnovations(raw(), 'scenes/innovations.json');
    expect(g.innovations).to.have.length(12);
    expect(g.disclaimer.en).to.contain('sample content');
    expect(new Set(g.innovations.map((i) => i.id)).size).to.equal(12);
  });

  it('contains no web addresses (nothing invented to click on)', () => {
    expect(readFileSync('scenes/innovations.json', 'utf8')).to.not.match(/https?:|www\./);
  });

  it('names the file and JSON path of a bad entry', () => {
    const data = raw();
    delete data.innovations[4].summary.en;
    expect(() => parseInnovations(data, 'x.json')).to.throw('x.json: innovations[4].summary.en: expected a non-empty string');
    const dup = raw();
    dup.innovations[1].id = dup.innovations[0].id;
    expect(() => parseInnovations(dup, 'x.json')).to.throw('innovations[1].id: expected an id not used by another innovation');
    const year = raw();
    year.innovations[0].since = 'dulu';
    expect(() => parseInnovations(year, 'x.json')).to.throw('innovations[0].since: expected a year');
  });
});
