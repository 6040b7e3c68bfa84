// The shape of one Vietnamese syllable (onset, rime, where the tone mark may sit), used by
// legacy.ts to judge whether a conversion produced real words.

const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
];

// Rimes as spelled (medial glide included, tone removed).
const RIMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
   ăc ăm ăn ăng ăp ăt
   âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et
   ê êch êm ên ênh êp êt êu
   i ia ich im in inh ip it iu
   iêc iêm iên iêng iêp iêt iêu
   y yêm yên yêng yêt yêu
   o oc oi om on ong op ot oong ooc
   ak ăk ek êk ok ôk uk ưk
   oa oac oach oai oam oan oang oanh oao oap oat oay
   oăc oăm oăn oăng oăt
   oe oen oeo oet
   ô ôc ôi ôm ôn ông ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua uc ui um un ung up ut
   uân uâng uât uây
   uê uêch uênh
   uy uya uych uyn uynh uyt uyu uyên uyêt
   uơ
   uôc uôi uôm uôn uông uôt
   ư ưa ưc ưi ưm ưn ưng ưt ưu
   ươc ươi ươm ươn ương ươp ươt ươu`.split(/\s+/).filter(Boolean),
);

const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ACUTE = '\u0301';
const DOT = '\u0323';
const STOP_CODA = /(?:c|ch|k|p|t)$/;
const HATTED = 'ăâêôơư';

function onsetFits(onset: string, rime: string): boolean {
  const front = /^[eêiy]/.test(rime);
  switch (onset) {
    case 'k':
    case 'gh':
    case 'ngh':
      return front;
    case 'c':
    case 'ng':
      return !front;
    case 'g':
      // "gì", "gìn" are spelled g + i.
      return !/^[eê]/.test(rime);
    case 'qu':
      return !/^[uo]/.test(rime);
    default:
      return true;
  }
}

// Where the tone mark may sit inside a rime. This is what separates the two readings of
// ambiguous codes: "Ngheä" is VNI "Nghệ", while its TCVN3 reading "Ngheọ" puts the tone on a glide.
function toneFits(rime: string, pos: number): boolean {
  const vowels = /^[aăâeêioôơuưy]+/.exec(rime)?.[0] ?? '';
  if (pos >= vowels.length) return false;
  if (vowels.length === 1) return pos === 0;
  let hatted = -1;
  for (let i = 0; i < vowels.length; i++) if (HATTED.includes(vowels[i])) hatted = i;
  if (hatted >= 0) return pos === hatted;
  // Both placements are in use: hoà/hòa, khoẻ/khỏe, thuý/thúy.
  if (vowels === 'oa' || vowels === 'oe' || vowels === 'uy') return true;
  if (vowels.length < rime.length) return pos === vowels.length - 1;
  return pos === (vowels.length === 2 ? 0 : 1);
}

/** Lower-cased word split into toneless letters and the tone mark with its position. */
function splitTone(word: string): { bare: string; tone: string; at: number } | null {
  let bare = '';
  let tone = '';
  let at = -1;
  for (const ch of word.toLowerCase().normalize('NFC')) {
    const d = ch.normalize('NFD');
    const marks = d.match(TONE_RE);
    if (marks) {
      if (tone !== '' || marks.length > 1) return null;
      tone = marks[0];
      at = bare.length;
      bare += d.replace(TONE_RE, '').normalize('NFC');
    } else {
      bare += ch;
    }
  }
  return { bare, tone, at };
}

// Rimes found only in loanwords, place names or interjections: valid, but weak evidence.
const RARE_RIMES = new Set(
  'oong ooc ak ăk ek êk ok ôk uk ưk ec eng oao oap oăm uyu uych uêch uênh yêng ưm ưn'.split(' '),
);
// Bare "y" follows only a handful of onsets (ly, mỹ, kỳ, hy, tỷ, sỹ, quy, vy).
const Y_ONSETS = new Set(['', 'h', 'k', 'l', 'm', 'qu', 's', 't', 'v']);

/** 0 when the word cannot be one Vietnamese syllable, 0.5 when it is a rare shape, else 1. */
export function syllableWeight(word: string): number {
  const parts = splitTone(word);
  if (!parts || !/^[a-zăâđêôơư]+$/.test(parts.bare)) return 0;
  const { bare, tone, at } = parts;
  let best = 0;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rime = bare.slice(onset.length);
    if (!RIMES.has(rime) || !onsetFits(onset, rime)) continue;
    // Syllables closed by a stop consonant only take the sắc or nặng tone.
    if (STOP_CODA.test(rime) && tone !== ACUTE && tone !== DOT) continue;
    if (tone !== '' && !toneFits(rime, at - onset.length)) continue;
    const rare = RARE_RIMES.has(rime) || (rime === 'y' && !Y_ONSETS.has(onset));
    best = Math.max(best, rare ? 0.5 : 1);
  }
  return best;
}

export function isSyllable(word: string): boolean {
  return syllableWeight(word) > 0;
}

/** Casing a person could have typed: lower, UPPER or Capitalised (not "tÕ", "ViÖn"). */
export function naturalCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}
