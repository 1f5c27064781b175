import { describe, expect, it } from 'vitest';
import { NO_OVERLAY, overlayKey, type Overlay } from './overlay-keys';

const overview = (selected: number): Overlay => ({ kind: 'overview', selected });
const goto = (typed: string): Overlay => ({ kind: 'goto', typed, error: null });

describe('presenter overlays', () => {
  it('moves through the overview grid and jumps with Enter', () => {
    expect(overlayKey(overview(0), 'ArrowRight', 9).overlay).toEqual(overview(1));
    expect(overlayKey(overview(0), 'ArrowDown', 9).overlay).toEqual(overview(4));
    expect(overlayKey(overview(8), 'ArrowRight', 9).overlay).toEqual(overview(8));
    expect(overlayKey(overview(1), 'ArrowUp', 9).overlay).toEqual(overview(0));
    expect(overlayKey(overview(5), 'Enter', 9)).toEqual({ overlay: NO_OVERLAY, jump: 5 });
  });

  it('Esc on the overview leaves presenter mode; O closes it', () => {
    expect(overlayKey(overview(2), 'Escape', 9)).toEqual({ overlay: NO_OVERLAY, exit: true });
    expect(overlayKey(overview(2), 'o', 9)).toEqual({ overlay: NO_OVERLAY });
  });

  it('any key brings a blank screen or the key help back', () => {
    expect(overlayKey({ kind: 'blank' }, 'x', 9).overlay).toEqual(NO_OVERLAY);
    expect(overlayKey({ kind: 'help' }, 'ArrowRight', 9).overlay).toEqual(NO_OVERLAY);
  });

  it('G then a number then Enter jumps; an unknown step says which steps exist', () => {
    let r = overlayKey(goto(''), '1', 12);
    r = overlayKey(r.overlay, '2', 12);
    expect(overlayKey(r.overlay, 'Enter', 12)).toEqual({ overlay: NO_OVERLAY, jump: 11 });
    const bad = overlayKey(goto('42'), 'Enter', 12).overlay;
    expect(bad.kind === 'goto' && bad.error).toMatch(/no step 42: this lesson has steps 1 to 12/);
    const none = overlayKey(goto(''), 'Enter', 12).overlay;
    expect(none.kind === 'goto' && none.error).toMatch(/no step/);
    expect(overlayKey(goto('3'), 'Backspace', 12).overlay).toEqual(goto(''));
    expect(overlayKey(goto('3'), 'Escape', 12).overlay).toEqual(NO_OVERLAY);
  });
});
