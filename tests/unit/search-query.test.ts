import { describe, expect, test } from 'vitest';
import { fixVariants, MAX_TERMS, normalizeQuery, parseQuery } from '../../src/lib/search/query';
import { decodeHan } from '../../src/lib/search/tokens';

const decode = (term: string) =>
	/^[0-9a-z]{4,8}$/.test(term) && /\d/.test(term)
		? term.match(/.{4}/g)!.map(decodeHan).join('')
		: term;
const texts = (query: string) => parseQuery(query).map((p) => p.text);
const terms = (query: string) =>
	parseQuery(query).flatMap((p) => p.terms.map((t) => decode(t.term)));

describe('normalizeQuery', () => {
	test.each([
		['full-width Latin and ideographic space', 'ＯＫＰａｙ　退款', 'okpay 退款'],
		['full-width digits', '２０２６', '2026'],
		['upper case', 'Reset PASSWORD', 'reset password'],
		['ASCII punctuation', 'payment failed?! (again)', 'payment failed again'],
		['Chinese punctuation', '支付失败，怎么办？', '支付失败 怎么办'],
		['keeps inner apostrophes and hyphens', "can't log-in", "can't log-in"],
		['drops edge apostrophes and hyphens', "'quoted' -dash- --", 'quoted dash'],
		['emoji and symbols', 'refund 💸 $100 @okpay', 'refund 100 okpay'],
		['only punctuation', '?!。，', ''],
	])('%s: %j → %j', (_name, raw, expected) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test('cuts the query to maxLength before cleaning', () => {
		expect(normalizeQuery('x'.repeat(300))).toBe('x'.repeat(200));
	});
});

describe('fixVariants', () => {
	test.each([
		['帐号登陆', '账号登录'],
		['帐户冲值', '账户充值'],
		['体现多久到账', '提现多久到账'],
		['注消帐户', '注销账户'],
		['账号登录', '账号登录'],
	])('fixVariants(%j) → %j', (query, expected) => {
		expect(fixVariants(query)).toBe(expected);
	});
});

describe('parseQuery', () => {
	test.each([
		[
			'Chinese fillers are cut out, final particles dropped',
			'为什么我的账户被冻结了',
			['我的账户被冻结'],
		],
		['a filler splits a run', '支付失败怎么办', ['支付失败']],
		['English fillers and stopwords', 'how do I reset my password', ['reset', 'password']],
		[
			'negations are kept: they tell a problem from a how-to',
			'refund not received',
			['refund', 'not', 'received'],
		],
		['compounds joined like the index', 'Log in failed', ['login', 'failed']],
		['miswritings fixed', '帐号登陆不了', ['账号登录不']],
		['mixed scripts split', 'sim卡被复制', ['sim', '卡被复制']],
		['repeated words once', 'refund refund 退款 退款', ['refund', '退款']],
		['only fillers: searched as typed', 'how do i', ['how', 'do', 'i']],
		['a Chinese query of only fillers keeps something', '怎么办', ['怎么办']],
		['empty', '', []],
	])('%s: %j → %j', (_name, query, expected) => {
		expect(texts(query)).toEqual(expected);
	});

	test('four characters are two pairs (two words, two index downloads); longer runs every pair', () => {
		expect(terms('支付密码')).toEqual(['支付', '密码']);
		expect(terms('验证码')).toEqual(['验证', '证码']);
	});

	test('every adjacent pair of Chinese characters is a term, unless both are grammar', () => {
		expect(terms('余额被冻结')).toEqual(['余额', '额被', '被冻', '冻结']);
		// 我的 and 的了 are grammar on both sides; the run 我的钱 keeps only 的钱.
		expect(terms('我的钱')).toEqual(['的钱']);
	});

	test('the same query gives the same terms whatever the browser’s word segmenter knows', () => {
		// 余额, 实名 and 客服 are split into characters by some ICU builds; terms do not depend on it.
		expect(terms('往余额里充钱')).toContain('余额');
		expect(terms('实名认证')).toEqual(['实名', '认证']);
	});

	test('grammar characters count little towards covering the query', () => {
		const [part] = parseQuery('钱被冻');
		expect(part!.unitWeights).toEqual([1, 0.2, 1]);
	});

	test(`a long query looks up at most ${MAX_TERMS} terms`, () => {
		const long = '我手机昨天在地铁上被偷了钱包里还有很多钱怎么办才能把账户锁住';
		expect(terms(long).length).toBe(MAX_TERMS);
	});
});
