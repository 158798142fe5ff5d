import { expect } from 'chai';
import { mirrorItems, PanelTexts, screenTexts } from '../../../src/ui/mirrorItems';

describe('DOM mirror reading order', () => {
  it('reads a screen as heading, subtitle, the officer\'s line, body lines and an error notice as an alert', () => {
    const texts = screenTexts({
      title: 'Akta Kelahiran',
      subtitle: 'Langkah 2 dari 4',
      speech: 'Silakan isi data anak.',
      body: ['Siapkan KK orang tua.', ''],
      notice: { text: 'Periksa kolom yang ditandai.', tone: 'error' },
      fields: [{ id: 'nik', label: 'NIK', value: '' }],
      controls: [],
    });
    expect(texts).to.deep.equal([
      { role: 'heading', text: 'Akta Kelahiran' },
      { role: 'text', text: 'Langkah 2 dari 4' },
      { role: 'text', text: 'Silakan isi data anak.' },
      { role: 'text', text: 'Siapkan KK orang tua.' },
      { role: 'alert', text: 'Periksa kolom yang ditandai.' },
    ]);
  });

  it('an info notice is plain text', () => {
    expect(screenTexts({ title: 'T', notice: { text: 'Tersimpan', tone: 'info' }, controls: [] })[1]).to.deep.equal({ role: 'text', text: 'Tersimpan' });
  });

  it('puts each panel\'s texts right before its first control, panels in the controls\' order', () => {
    const store = new PanelTexts();
    store.set('welcome', [{ role: 'heading', text: 'Selamat datang' }]);
    store.set('kiosk.pajak', [{ role: 'heading', text: 'Pajak' }, { role: 'text', text: 'Pilih layanan' }]);
    const items = mirrorItems(
      [{ id: 'welcome.go', group: 'welcome' }, { id: 'kiosk.pajak.pbb', group: 'kiosk.pajak' }, { id: 'kiosk.pajak.back', group: 'kiosk.pajak' }, { id: 'spot.1', group: 'spots' }],
      (g) => store.get(g),
    );
    expect(items.map((i) => ('text' in i ? `"${i.text.text}"` : i.control))).to.deep.equal([
      '"Selamat datang"', 'welcome.go', '"Pajak"', '"Pilih layanan"', 'kiosk.pajak.pbb', 'kiosk.pajak.back', 'spot.1',
    ]);
  });

  it('a panel no control of which is listed (far away, or open as a sheet) is not read', () => {
    const store = new PanelTexts();
    store.set('kiosk.pajak', [{ role: 'heading', text: 'Pajak' }]);
    expect(mirrorItems([{ id: 'welcome.go', group: 'welcome' }], (g) => store.get(g))).to.deep.equal([{ key: 'welcome.go', control: 'welcome.go' }]);
  });

  it('tells listeners when a panel shows a new screen or goes away', () => {
    const store = new PanelTexts();
    let heard = 0;
    store.onChange(() => heard++);
    store.set('welcome', [{ role: 'heading', text: 'A' }]);
    store.set('welcome', null);
    expect(heard).to.equal(2);
    expect(store.get('welcome')).to.deep.equal([]);
  });
});
