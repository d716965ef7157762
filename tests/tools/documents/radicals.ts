/**
 * The text layer a CJK font with shared glyphs leaves in a PDF: Noto Sans/Serif CJK draw 青 and ⻘
 * (U+2ED8), 门 and ⻔ (U+2ED4), 山 and ⼭ (U+2F2D) with one glyph each, and a PDF writer that maps
 * glyphs back to text by the font's cmap picks the lowest code point — the radical. Chromium's
 * and office suites' exports show it (南⻔街道, ⻘⼭区⼈⺠政府); this machine's Chromium keeps the
 * text it drew, so the fixture's HTML carries those code points itself and prints them with Noto,
 * which draws them as the ideographs.
 *
 * Pairs (ideograph, radical), read from NotoSansCJK-Regular.ttc (SC) with fontTools: every
 * ideograph whose glyph a radical code point shares, with the lowest such code point.
 */
const PAIRS =
  '一⼀丨⼁丬⺦丶⼂丿⼃乙⼄乚⺃乛⺂亀⻲亅⼅二⼆亠⼇人⼈亻⺅儿⼉入⼊八⼋冂⼌冖⼍冫⼎几⼏凵⼐刀⼑刂⺉力⼒勹⼓匕⼔匚⼕匸⼖十⼗卜⼘卤⻧卩⼙厂⼚厶⼛又⼜口⼝囗⼞土⼟士⼠夂⼡夊⼢夕⼣大⼤女⼥子⼦宀⼧寸⼨小⼩尢⺐尣⺏尸⼫屮⼬山⼭巛⼮工⼯己⼰巳⺒巾⼱干⼲幺⺓广⼴廴⼵廾⼶弋⼷弓⼸彐⺕彑⺔彡⼺彳⼻心⼼忄⺖戈⼽户⼾手⼿扌⺘支⽀攴⽁攵⺙文⽂斉⻫斗⽃斤⽄方⽅无⽆旡⺛日⽇曰⽈月⽉木⽊欠⽋止⽌歹⽍歺⺞殳⽎毋⽏母⺟比⽐毛⽑氏⽒民⺠气⽓水⽔氵⺡火⽕灬⺣爪⽖爫⺤父⽗爻⽘爿⽙片⽚牙⽛牛⽜犬⽝犭⺨玄⽞玉⽟瓜⽠瓦⽡甘⽢生⽣用⽤田⽥疋⽦疒⽧癶⽨白⽩皮⽪皿⽫目⽬矛⽭矢⽮石⽯示⽰礻⺭禸⽱禾⽲穴⽳立⽴竜⻯竹⽵米⽶糸⽷糹⺯纟⺰缶⽸网⽹罓⺱羊⽺羽⽻老⽼耂⺹而⽽耳⽿聿⾀肀⺺肉⾁臣⾂自⾃至⾄臼⾅舌⾆舛⾇舟⾈艮⾉色⾊艸⾋艹⺾虍⾌虫⾍血⾎行⾏衣⾐衤⻂襾⾑見⾒见⻅角⻆言⾔讠⻈谷⾕豆⾖豕⾗豸⾘貝⾙贝⻉赤⾚走⾛足⾜身⾝車⾞车⻋辛⾟辰⾠辵⾡辶⻌邑⾢酉⾣釆⾤里⾥金⾦钅⻐長⻑镸⻒长⻓門⾨门⻔阜⾩阝⻖隶⾪隹⾫雨⾬靑⾭青⻘非⾮面⾯革⾰韋⾱韦⻙韭⾲音⾳頁⾴页⻚風⾵风⻛飛⾶飞⻜食⻝飠⻟饣⻠首⾸香⾹馬⾺马⻢骨⻣高⾼髟⾽鬥⾾鬯⾿鬲⿀鬼⻤魚⿂鱼⻥鳥⿃鸟⻦鹵⿄鹿⿅麥⿆麦⻨麻⿇黃⿈黄⻩黍⿉黑⿊黹⿋黽⿌黾⻪鼎⿍鼓⿎鼠⿏齊⿑齐⻬齒⿒齿⻮龍⿓龙⻰龜⻱龟⻳龠⿕';

export const RADICAL_OF = new Map<string, string>();
for (const [i, c] of [...PAIRS].entries()) if (i % 2 === 0) RADICAL_OF.set(c, [...PAIRS][i + 1]!);

/** The text of an HTML document (not its markup) as such a text layer carries it. */
export function radicalised(html: string): string {
  return html.replace(/>([^<]*)</g, (_, text: string) => `>${[...text].map((c) => RADICAL_OF.get(c) ?? c).join('')}<`);
}
