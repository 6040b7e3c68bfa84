// The display language: Vietnamese when Office runs in Vietnamese ("vi", "vi-VN"), English otherwise.
// One rule for the functions, the pane and the commands.
import type { Lang } from '../model';

export function langOf(displayLanguage: string | null | undefined): Lang {
  return /^vi\b/i.test(displayLanguage ?? '') ? 'vi' : 'en';
}
