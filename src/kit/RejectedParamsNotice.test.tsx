// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RejectedParamsNotice } from './RejectedParamsNotice';
import { readParams } from './url-params';

afterEach(cleanup);

const TABLE = {
  width: { kind: 'int', default: 8, min: 1, max: 32 },
  s: { kind: 'number', default: 0.3, min: 0.02, max: 1 },
  constructor: { kind: 'int', default: 1, min: 0, max: 2 },
} as const;

function noticeFor(search: string, names?: Record<string, string>) {
  const { rejected, clamped } = readParams(TABLE, new URLSearchParams(search));
  render(<RejectedParamsNotice keys={rejected} clamped={clamped} names={names} />);
}

describe('RejectedParamsNotice', () => {
  it('says which value was out of range, its range and the value used', () => {
    noticeFor('width=99&s=0.5');
    expect(screen.getByTestId('clamped-notice')).toHaveTextContent(
      'width = 99 is out of range (1 to 32); using 32.',
    );
  });

  it('names keys when given names, and never reads a name from Object.prototype', () => {
    noticeFor('s=5&constructor=7', { s: 'noise σ' });
    const text = screen.getByTestId('clamped-notice').textContent;
    expect(text).toContain('noise σ (s) = 5 is out of range (0.02 to 1); using 1');
    expect(text).toContain('constructor = 7 is out of range (0 to 2); using 2');
  });

  it('shows both notices for a malformed and a clamped value', () => {
    noticeFor('width=abc&s=-1');
    expect(screen.getByText(/could not read \(“width”\)/)).toBeInTheDocument();
    expect(screen.getByTestId('clamped-notice')).toHaveTextContent('s = -1 is out of range');
  });

  it('renders nothing for a clean link', () => {
    noticeFor('width=4');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
