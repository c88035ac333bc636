import { it } from 'vitest';
import { parseReference } from '../src/parse/index.js';
const S = [
 '[德] 哈贝马斯：《公共领域的结构转型》，曹卫东等译，上海：学林出版社，1999年，第3页。',
 '[德] 哈贝马斯：《公共领域的结构转型》，曹卫东、王晓珏、刘北城、宋伟杰译，上海：学林出版社，1999年，第3页。',
 'C. Fuchs, *Digital Labor and Karl Marx*, London: Routledge, 2014, p. 5.',
 'Christian Fuchs, *Digital Labor and Karl Marx*, New York: Routledge, 2014, p. 5.',
 'FUCHS C. Digital labor and Karl Marx[M]. London: Routledge, 2014.',
 'Fuchs, *Digital Labor*, 5.',
 'George Caffentzis, *In Letters of Blood and Fire*, Oakland, CA: PM Press, 2013, p. 131.',
 '孙伟平：《智能系统的劳动》，第5页。',
 '司马云杰：《文化社会学》，济南：山东人民出版社，1987年，第5页。',
 '马克思：《资本论》第1卷，北京：人民出版社，2004年，第5页。',
 '同前注1，第8页。',
 'Jürgen Habermas, *The Theory of Communicative Action*, vol. 1, trans. Thomas McCarthy, Boston: Beacon Press, 1984, p. 86.',
];
it('p', () => { for (const s of S) { const p = parseReference(s); console.log(s, '\n  ', JSON.stringify({k:p.kind, item:p.item, conf:p.confidence, loc:p.locator})); } });
