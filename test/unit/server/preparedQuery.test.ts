import { expect } from 'chai';
import type pg from 'pg';
import { preparedQuery } from '../../../src/server/storage/pgDb';

describe('PostgreSQL prepared statements (preparedQuery)', () => {
  it('prepares a parameterized statement under one name per text, and different texts under different names', () => {
    const names = new Map<string, string>();
    const a1 = preparedQuery(names, 'SELECT * FROM items WHERE tracking_code = $1', ['A']) as pg.QueryConfig;
    const a2 = preparedQuery(names, 'SELECT * FROM items WHERE tracking_code = $1', ['B']) as pg.QueryConfig;
    const b = preparedQuery(names, 'SELECT * FROM items WHERE id = $1', [1]) as pg.QueryConfig;
    expect(a1.name).to.be.a('string').and.equal(a2.name);
    expect(a2.values).to.deep.equal(['B']);
    expect(b.name).to.be.a('string').and.not.equal(a1.name);
  });

  it('keeps parameterless SQL (migrations, several statements) on the simple protocol', () => {
    const names = new Map<string, string>();
    expect(preparedQuery(names, 'CREATE TABLE t (a int); CREATE INDEX ON t (a);')).to.equal('CREATE TABLE t (a int); CREATE INDEX ON t (a);');
    expect(preparedQuery(names, 'SELECT 1', [])).to.equal('SELECT 1');
    expect(names.size).to.equal(0);
  });

  it('stops naming new texts past 500, running them unnamed with their values', () => {
    const names = new Map<string, string>();
    for (let i = 0; i < 500; i++) preparedQuery(names, `SELECT ${i} + $1`, [1]);
    const extra = preparedQuery(names, 'SELECT 500 + $1', [2]) as pg.QueryConfig;
    expect(extra.name).to.equal(undefined);
    expect(extra.values).to.deep.equal([2]);
    expect(names.size).to.equal(500);
  });
});
