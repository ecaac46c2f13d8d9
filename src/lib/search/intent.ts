/**
 * What kind of answer a question asks for. Help centers pair a how-to article with the
 * articles for when it goes wrong or takes long (如何提现 / 提现失败怎么办 / 提现多久到账),
 * and readers say which one they need in a word or two: 失败, 没到账, 多久, "failed",
 * "how long". Titles say it the same way, so the two can be matched.
 */
export type Intent = 'problem' | 'duration' | 'cost';

const PATTERNS: Readonly<Record<Intent, RegExp>> = {
	problem:
		/失败|忘|丢|被盗|被偷|被骗|没|不了|不成功|不到|没到|没收到|没有到|未到|还没|不上|不进|不能|无法|不行|不通过|未通过|被拒|驳回|错了|转错|输错|异常|报错|超出|超限|被退回|退回|闪退|打不开|不支持|不一致|怎么办|\b(fail\w*|error\w*|cannot|can'?t|cant|not|didn'?t|didnt|doesn'?t|doesnt|won'?t|wont|isn'?t|problem\w*|issue\w*|declin\w*|reject\w*|wrong|stuck|missing|exceed\w*|unable|never|what if|forgot\w*|lost|stolen|hacked)\b/u,
	duration: /多久|多长时间|几天|何时|什么时候|\b(how long|when will|how many days|how soon)\b/u,
	cost: /收费|手续费|费用|多少钱|扣费|\b(fees?|charges? for|cost\w*|how much)\b/u,
};

/**
 * Waiting for money that has not arrived is both a problem and a question of how long: "提现了还没
 * 到账" is answered by 提现多久到账 as much as by a troubleshooting article.
 */
const WAITING =
	/还没到|还没收到|没到账|未到账|没有到账|到哪了|去哪了|哪去了|\b(not (yet )?(received|arrived|credited)|hasn'?t arrived|hasnt arrived|didn'?t (arrive|get)|didnt (arrive|get)|still waiting|where('?s| is| did) my)\b/u;

/** Returns the intents a query or a title expresses. @example getIntents('提现多久到账') // ['duration'] */
export function getIntents(text: string): Intent[] {
	const lower = text.normalize('NFKC').toLowerCase();
	const waiting = WAITING.test(lower);
	return (Object.keys(PATTERNS) as Intent[]).filter(
		(intent) =>
			PATTERNS[intent].test(lower) || (waiting && (intent === 'problem' || intent === 'duration')),
	);
}

/**
 * Returns how a title's intents fit the query's: how many they share, and how many the title has
 * that the query does not (a bare 提现 wants 如何提现, not 提现失败怎么办).
 */
export function matchIntents(
	query: readonly Intent[],
	title: readonly Intent[],
): { shared: number; titleOnly: number } {
	const shared = title.filter((intent) => query.includes(intent)).length;
	return { shared, titleOnly: title.length - shared };
}
