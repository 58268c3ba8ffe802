/**
 * Words that say nothing about what a paper is about: English function
 * words, and the boilerplate every abstract uses ("we propose a novel
 * method ... experiments show ... outperforms"). Related papers ignore them;
 * mentions never take a short name made only of them as a paper's name.
 * Lowercase, unstemmed. Terms common to most papers of a corpus (such as
 * "autoregressive" here) need no entry: related-papers.ts skips them by
 * their document frequency.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along also although always am among an and another any are
  around as at be because been before being below between both but by can cannot could did do does doing done down
  during each either else enough etc even ever every few for from further had has have having he her here hers herself
  him himself his how however i if in into is it its itself just least less let like many may me might more most much
  must my myself neither no nor not now of off often on once one only onto or other others otherwise our ours
  ourselves out over own per perhaps quite rather same several shall she should since so some such than that the
  their theirs them themselves then there therefore these they this those though through thus to too toward towards
  under until up upon us use used uses using very via was we well were what whatever when where whereas whether which
  while who whom whose why will with within without would yet you your yours
  ability able achieve achieved achieves achieving addition additionally approach approaches art based better
  challenge challenges compared comparable comprehensive conduct conducted consistently current demonstrate demonstrated
  demonstrates demonstrating despite different effective effectively efficacy enable enables enabling existing
  experiment experimental experiments extensive extensively finally first further furthermore given high however
  important improve improved improvement improvements improves improving including introduce introduced
  introduces key large leverage leverages leveraging lead leads made main make makes making method methods moreover
  namely new novel particular particularly paper perform performance performs previous promising propose proposed
  proposes providing provide provides recent recently remains remarkable research result results second show showed
  shown shows significant significantly simple specifically state strong study studies substantial superior task
  tasks three two various way ways well whilst widely work works
  accurate actively akin alternative argue arbitrary area assess background beyond boost build categories combining
  complete component components computationally considerable construct contain contains counterpart counterparts
  define difference differences diverse early effectiveness eliminate eliminates establish established excellent
  exhibit exhibits explore explored extra facilitate facilitates fact factor fall final finding findings five focus
  form formulation full fully handle holistic identify implement implemented increase incur inputs insight inspired
  involved involve lack later leading limitation limitations lower major manner motivated multiple notable number
  obtain obtained open operate optimal original overcome page par point possibilities possible preceding promise
  raise raises reflecting related relationship release released remain remains reproduce reveal reveals rich
  selected serve severely short single solve solution solutions specific standard success successful support
  technique techniques together typically underexplored underperform unexplored utilize variant variety`.split(/\s+/),
);
