/**
 * Word and phrase banks for synthetic help-center articles. Sentences are assembled from slots
 * (subject, verb, object, place, condition…) so the text reads like support prose and its
 * vocabulary is spread the way real articles spread it: a few very common words, many rare ones.
 */

export const EN = {
	subjects: [
		'your account', 'the app', 'OKPay Wallet', 'the support team', 'the system', 'your bank',
		'the merchant', 'a family member', 'the payment page', 'your card issuer', 'the security center',
		'the verification service', 'your phone', 'the transfer', 'the refund', 'the balance', 'a new device',
		'the notification', 'the statement', 'your linked card', 'the risk control system', 'the agent',
		'the recipient', 'the order', 'the top-up', 'the withdrawal', 'your identity document', 'the QR code',
		'the transaction record', 'your email address', 'the login code', 'your profile', 'the limit',
	],
	verbs: [
		'check', 'confirm', 'update', 'reset', 'verify', 'review', 'cancel', 'request', 'link', 'unlink',
		'enable', 'disable', 'change', 'open', 'close', 'restore', 'report', 'freeze', 'unfreeze', 'send',
		'receive', 'approve', 'decline', 'retry', 'download', 'install', 'record', 'contact', 'protect',
		'scan', 'upload', 'submit', 'track', 'refresh', 'compare', 'select', 'enter', 'copy', 'keep', 'show',
	],
	objects: [
		'the payment password', 'your login password', 'the transaction details', 'the account balance',
		'two-step verification', 'the bank card', 'the refund request', 'the transfer limit', 'the app version',
		'your phone number', 'the security question', 'the order number', 'the receipt', 'the device list',
		'the notification settings', 'the identity check', 'the selfie photo', 'the address proof',
		'the exchange rate', 'the service fee', 'the monthly statement', 'the daily limit', 'the merchant name',
		'the dispute form', 'the pending payment', 'the verification code', 'the backup email', 'the QR code',
		'the cashback reward', 'the coupon', 'the auto top-up', 'the recurring payment', 'the subscription',
		'the wallet balance', 'the login history', 'the fingerprint unlock', 'the face unlock', 'the PIN',
		'the account name', 'the billing address', 'the card expiry date', 'the security key', 'the chat log',
	],
	places: [
		'in the app', 'on the home screen', 'under Settings', 'in the Me tab', 'on the payment page',
		'in your bank app', 'on the web portal', 'in the transaction history', 'in the security center',
		'on the receipt', 'in the notification center', 'on the confirmation screen', 'in your inbox',
		'at the checkout', 'in the help center', 'on your new phone', 'in the wallet tab', 'on the statement',
	],
	conditions: [
		'if the payment fails', 'when the app asks for it', 'before you try again', 'after you change devices',
		'if you travel abroad', 'when the network is unstable', 'if the balance is too low', 'after a refund',
		'if you see an unknown charge', 'when your card expires', 'before a large transfer', 'if the code never arrives',
		'after three wrong attempts', 'when the merchant asks', 'if your phone is lost', 'during maintenance',
		'when you sign in on a new device', 'if the page keeps loading', 'after the update', 'within 24 hours',
	],
	adverbs: [
		'first', 'carefully', 'again', 'right away', 'once', 'usually', 'always', 'only', 'then', 'later',
		'manually', 'automatically', 'safely', 'quickly', 'directly', 'still', 'normally', 'immediately',
	],
	results: [
		'the payment goes through', 'the money returns to your balance', 'the account is unlocked',
		'the limit is raised', 'the card is linked again', 'the refund appears in your history',
		'the transfer is completed', 'the warning disappears', 'the app signs you in', 'the order is cancelled',
		'the code is sent again', 'your identity is confirmed', 'the dispute is opened', 'nothing is charged twice',
		'the status changes to completed', 'the support team can find the cause', 'your data stays safe',
	],
	times: [
		'a few minutes', 'one to three working days', 'up to seven days', 'about an hour', 'the same day',
		'two business days', 'ten minutes', 'the next morning', 'several hours', 'one billing cycle',
	],
	headings: [
		'Common causes', 'What to check', 'Before you start', 'Step by step', 'If it still fails',
		'How long it takes', 'Fees and limits', 'Keep your account safe', 'On a new device', 'When you travel',
		'For merchants', 'What the status means', 'Related settings', 'Things to avoid', 'Why this happens',
		'What we need from you', 'After you finish', 'Good to know', 'Troubleshooting', 'Still not working?',
	],
	questionStarts: [
		'How do I', 'Why am I unable to', 'What happens when I', 'Can I', 'How long does it take to',
		'What should I do before I', 'Where can I', 'Is it safe to', 'Why does the app ask me to',
	],
	qualifiers: [
		'on Android', 'on iPhone', 'while abroad', 'for a family account', 'after an update', 'on a new phone',
		'for a business account', 'with a credit card', 'with a debit card', 'without a bank card',
		'for a recurring payment', 'on the web', 'during checkout', 'for an overseas merchant', 'at night',
		'on weekends', 'with a prepaid card', 'in another currency', 'for a gift', 'for a subscription',
	],
	callouts: [
		'Never share your verification code', 'Keep the receipt until the refund arrives',
		'Check the merchant name before you pay', 'Wrong passwords lock the account for a while',
		'Official staff never ask for your password', 'Large transfers may need extra checks',
	],
} as const;

/** Chinese: phrases combine into clauses (subject + verb + object, place, condition, result). */
export const ZH = {
	subjects: [
		'用户', '系统', 'OKPay钱包', '客服人员', '银行', '商户', '收款方', '风控系统', '手机', '应用',
		'绑定的银行卡', '安全中心', '认证服务', '账户', '订单', '退款', '转账', '充值', '提现', '交易记录',
		'通知', '家庭成员', '新设备', '验证码', '支付页面', '发卡行', '二维码', '个人资料', '账单',
	],
	verbs: [
		'检查', '确认', '更新', '重置', '验证', '查看', '取消', '申请', '绑定', '解绑', '开启', '关闭', '修改',
		'恢复', '举报', '冻结', '解冻', '发送', '接收', '核对', '重试', '下载', '安装', '联系', '保护', '扫描',
		'上传', '提交', '跟踪', '刷新', '选择', '输入', '复制', '保存', '填写', '登录', '退出', '同意', '设置',
	],
	objects: [
		'支付密码', '登录密码', '交易详情', '账户余额', '双重验证', '银行卡', '退款申请', '转账限额', '应用版本',
		'手机号码', '安全问题', '订单编号', '电子收据', '设备列表', '通知设置', '身份信息', '人脸照片', '地址证明',
		'汇率', '手续费', '月度账单', '每日限额', '商户名称', '争议表单', '待支付订单', '短信验证码', '备用邮箱',
		'收款二维码', '返现奖励', '优惠券', '自动充值', '自动扣款', '会员订阅', '钱包余额', '登录记录', '指纹解锁',
		'面容解锁', '账户名称', '账单地址', '卡片有效期', '安全密钥', '聊天记录', '实名信息', '身份证件', '交易凭证',
	],
	places: [
		'在应用首页', '在“我的”页面', '在设置中', '在支付页面', '在银行应用中', '在网页版', '在交易记录中',
		'在安全中心', '在收据上', '在通知中心', '在确认页面', '在邮箱里', '在收银台', '在帮助中心', '在新手机上',
		'在钱包页面', '在账单中', '在客服对话中',
	],
	conditions: [
		'如果支付失败', '当应用提示时', '再次尝试之前', '更换设备之后', '如果您在境外', '网络不稳定时',
		'如果余额不足', '退款完成后', '发现不明扣款时', '银行卡过期时', '大额转账之前', '如果一直收不到验证码',
		'连续输错三次后', '商户要求时', '手机丢失时', '系统维护期间', '在新设备上登录时', '页面一直加载时',
		'应用更新后', '二十四小时内',
	],
	adverbs: ['首先', '仔细', '再次', '立即', '通常', '务必', '只需', '然后', '稍后', '手动', '自动', '安全地', '尽快', '直接', '仍然', '一般'],
	results: [
		'支付就能成功', '款项会退回余额', '账户即可解锁', '限额会相应提高', '银行卡可以重新绑定', '退款会显示在记录中',
		'转账即可完成', '提示会自动消失', '应用会自动登录', '订单会被取消', '验证码会重新发送', '身份即可通过验证',
		'争议流程随即开启', '不会重复扣款', '状态会变为已完成', '客服可以尽快查明原因', '您的资料保持安全',
	],
	times: ['几分钟', '一到三个工作日', '最多七天', '大约一小时', '当天', '两个工作日', '十分钟', '第二天上午', '数小时', '一个账单周期'],
	headings: [
		'常见原因', '排查步骤', '开始之前', '操作步骤', '仍然失败怎么办', '处理时间', '费用与限额', '保护账户安全',
		'更换新设备', '境外使用', '商户须知', '状态说明', '相关设置', '注意事项', '原因说明', '需要准备的资料',
		'完成之后', '温馨提示', '故障排除', '仍未解决？',
	],
	questionStarts: ['如何', '为什么无法', '怎样', '可以', '多久才能', '在哪里', '是否可以安全地', '为什么需要'],
	qualifiers: [
		'（安卓版）', '（苹果版）', '（境外使用）', '（家庭账户）', '（更新后）', '（新手机）', '（企业账户）',
		'（信用卡）', '（借记卡）', '（无银行卡）', '（自动扣款）', '（网页版）', '（结账时）', '（境外商户）',
		'（夜间）', '（周末）', '（预付卡）', '（外币）', '（礼品）', '（订阅）',
	],
	callouts: ['切勿向他人透露验证码', '退款到账前请保留收据', '付款前请核对商户名称', '多次输错密码会暂时锁定账户', '官方人员不会索要您的密码', '大额转账可能需要额外验证'],
} as const;

/** Words for slugs: lowercase ASCII only. */
export const SLUG_WORDS = [
	'payment', 'refund', 'transfer', 'card', 'account', 'login', 'password', 'limit', 'balance', 'verify',
	'identity', 'device', 'merchant', 'order', 'topup', 'withdraw', 'fee', 'code', 'security', 'wallet',
	'chat', 'email', 'qr', 'receipt', 'dispute', 'cashback', 'coupon', 'subscription', 'travel', 'currency',
] as const;
