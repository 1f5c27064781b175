/** The name an embed uses to hide a control: the slug of its label ("Learning rate α" → "learning-rate"). */
export function controlName(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
