// The language the user picked last, kept per browser profile; storage may be unavailable.
import type { Lang } from '../../engine/index';

const KEY = 'standings.lang';

export function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'en' || v === 'zh-CN' ? v : null;
  } catch {
    return null;
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // private mode or blocked storage: the choice lasts for this session only
  }
}
