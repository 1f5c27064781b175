// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { presenterAction } from './keys';
import { SubStepRegistry } from '../../kit/substeps';

const press = (key: string, target: EventTarget | null = document.body, mods = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
});

describe('presenter keys', () => {
  it('maps clicker and keyboard keys in presenter mode', () => {
    expect(presenterAction(press('PageDown'), true)).toBe('next');
    expect(presenterAction(press('ArrowRight'), true)).toBe('next');
    expect(presenterAction(press(' '), true)).toBe('next');
    expect(presenterAction(press('PageUp'), true)).toBe('prev');
    expect(presenterAction(press('Home'), true)).toBe('first');
    expect(presenterAction(press('End'), true)).toBe('last');
    expect(presenterAction(press('f'), true)).toBe('fullscreen');
    expect(presenterAction(press('+'), true)).toBe('bigger');
    expect(presenterAction(press('-'), true)).toBe('smaller');
    expect(presenterAction(press('Escape'), true)).toBe('overview');
    expect(presenterAction(press('o'), true)).toBe('overview');
    expect(presenterAction(press('b'), true)).toBe('blank');
    expect(presenterAction(press('.'), true)).toBe('blank');
    expect(presenterAction(press('?'), true)).toBe('help');
    expect(presenterAction(press('g'), true)).toBe('goto');
    expect(presenterAction(press('S'), true)).toBe('console');
  });

  it('leaves the page its keys in reading mode, except P', () => {
    expect(presenterAction(press('ArrowRight'), false)).toBeNull();
    expect(presenterAction(press('p'), false)).toBe('toggle');
  });

  it('never takes keys from text fields, sliders or modified presses', () => {
    const input = document.createElement('input');
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    expect(presenterAction(press('ArrowRight', input), true)).toBeNull();
    expect(presenterAction(press('ArrowRight', slider), true)).toBeNull();
    expect(presenterAction(press('p', input), false)).toBeNull();
    expect(presenterAction(press('ArrowRight', document.body, { ctrlKey: true }), true)).toBeNull();
  });

  it('lets Space activate a focused button', () => {
    const button = document.createElement('button');
    expect(presenterAction(press(' ', button), true)).toBeNull();
    expect(presenterAction(press('PageDown', button), true)).toBe('next');
  });
});

describe('SubStepRegistry', () => {
  it('offers presses to widgets until one consumes them, then releases', () => {
    const registry = new SubStepRegistry();
    let position = 0;
    const remove = registry.add({
      next: () => (position < 2 ? (position++, true) : false),
      prev: () => (position > 0 ? (position--, true) : false),
    });
    expect([registry.next(), registry.next(), registry.next()]).toEqual([true, true, false]);
    expect(position).toBe(2);
    expect(registry.prev()).toBe(true);
    remove();
    expect(registry.next()).toBe(false);
    expect(position).toBe(1);
  });
});
