// Machine-"spun" synonym swaps seen on content farms. A spun word is often a
// real word too (精神病院, 街道办事处, 社会资本, 财务管理制度), so each swap is
// written as the collocations in which it can only be a swap: a context before
// it, after it, or `always` where the spun form is never used in a modern report.

export interface SpunWord {
  spun: string;
  /** The word the report most likely used. */
  original: string;
  /** The spun word is a swap in every context (it is not a modern word). */
  always?: boolean;
  /** Words that, right before the spun word, make it a swap ("县级" + 病院). */
  before?: readonly string[];
  /** Words that, right after the spun word, make it a swap (根基 + "公共"). */
  after?: readonly string[];
  /** Text right before the spun word that makes it a real word (精神 + 病院). */
  notBefore?: readonly string[];
  /** Text right after the spun word that makes it a real word (办事 + "处"). */
  notAfter?: readonly string[];
}

// Where 办事/效劳 stand for 服务 ("卫生办事站", "办事项目"); not 基层办事 or 医保办事, which are real.
const SERVICE_FIELDS = [
  '卫生',
  '医疗',
  '健康',
  '养老',
  '康复',
  '护理',
  '签约',
  '家庭医生',
  '诊疗',
  '药学',
  '中医药',
  '妇幼',
  '下层',
  '根基',
];
const SERVICE_THINGS = ['项目', '体系', '质量', '程度', '模式', '网络', '半径', '包', '人群', '功能', '团队', '站'];

// Longer entries first: a hit of a longer entry covers the shorter ones inside it.
export const SPUN_WORDS: readonly SpunWord[] = [
  { spun: '卫朝气构', original: '卫生机构', always: true },
  { spun: '打算生育', original: '计划生育', always: true },
  { spun: '西医药特色', original: '中医药特色', always: true },
  { spun: '消息资本', original: '信息资源', always: true },
  { spun: '处所病', original: '地方病', always: true },
  { spun: '本色性', original: '实质性', always: true },
  { spun: '生齿', original: '人口', always: true },
  { spun: '笼盖', original: '覆盖', always: true },
  { spun: '轨制', original: '制度', always: true },
  { spun: '汗青', original: '历史', always: true },
  { spun: '西医院', original: '中医院', before: ['县', '市', '区', '省', '旗', '州'] },
  {
    spun: '病院',
    original: '医院',
    notBefore: ['精神', '传染', '麻风', '结核', '性', '职业', '疾', '地方', '肿瘤', '老年', '热', '疯'],
    notAfter: ['前', '内', '外'],
  },
  {
    spun: '办事',
    original: '服务',
    before: SERVICE_FIELDS,
    after: SERVICE_THINGS,
    notAfter: ['处', '员', '大厅', '指南', '效率', '窗口', '群众', '难', '事项'],
  },
  { spun: '效劳', original: '服务', before: SERVICE_FIELDS, after: SERVICE_THINGS },
  {
    spun: '根基',
    original: '基本',
    after: ['公共', '医疗', '药物', '医保', '养老', '卫生', '办事', '效劳', '服务', '保障', '设施', '情况', '医疗保险', '建设', '国策'],
  },
  {
    spun: '下层',
    original: '基层',
    after: ['医疗', '卫生', '医院', '病院', '首诊', '机构', '医生', '医务', '党组织', '办事', '效劳', '服务', '一线', '单位', '中医'],
  },
  {
    spun: '财务',
    original: '财政',
    before: ['各级', '中央', '省级', '市级', '县级', '区级', '地方'],
    after: ['投入', '补助', '补贴', '拨款', '资金投入'],
    notAfter: [
      '管理',
      '制度',
      '人员',
      '科',
      '处',
      '部门',
      '审计',
      '报表',
      '核算',
      '软件',
      '公开',
      '收支',
      '专项',
      '结算',
      '检查',
      '监督',
      '风险',
      '状况',
    ],
  },
  {
    spun: '提拔',
    original: '提升',
    before: ['显著', '大幅', '明显', '有效', '全面', '持续', '不断', '不竭', '有所', '稳步', '大大', '进一步', '切实'],
    after: ['质量', '水平', '程度', '能力', '效率', '效能', '办事', '效劳', '服务', '层次', '群众', '满意度'],
    notAfter: ['为', '任用', '干部', '重用'],
  },
  {
    spun: '扶植',
    original: '建设',
    before: [
      '设施',
      '医院',
      '病院',
      '标准化',
      '体系',
      '能力',
      '队伍',
      '信息化',
      '学科',
      '卫生城市',
      '文明',
      '基础',
      '根底',
      '阵地',
      '人才',
      '工程',
      '中心',
      '机构',
    ],
    after: ['工程', '进度', '规模', '标准'],
  },
  { spun: '根底', original: '基础', before: ['此'], after: ['设施', '建设', '医疗', '教育', '工作', '条件', '性', '扶植'] },
  {
    spun: '手艺',
    original: '技术',
    before: ['医疗', '诊疗', '信息', '专业', '适宜', '检测', '核心', '关键', '卫生'],
    after: ['职称', '人员', '骨干', '规范', '指导', '支撑', '办事', '效劳', '服务', '攻关'],
  },
  {
    spun: '监视',
    original: '监督',
    before: ['卫生', '综合', '执法', '行政', '质量', '社会', '舆论', '群众'],
    after: ['执法', '检查', '管理', '机构', '所', '员', '抽检', '考核', '体系'],
  },
  { spun: '逾越', original: '跨越', after: ['式', '发展'] },
  { spun: '步履', original: '行动', before: ['专项', '健康中国', '爱国卫生', '清洁', '三年', '提升'], after: ['计划', '方案', '纲领'] },
  {
    spun: '资本',
    original: '资源',
    before: ['优质', '消息', '床位'],
    after: ['下沉', '共享', '配置', '整合', '均衡', '布局', '丰富', '匮乏', '不足', '统筹'],
    notBefore: ['社会', '民间', '民营', '外资', '国有', '工商', '各类', '金融', '产业', '风险'],
  },
  {
    spun: '不竭',
    original: '不断',
    after: [
      '提高',
      '提升',
      '提拔',
      '完善',
      '加强',
      '深化',
      '推进',
      '增强',
      '扩大',
      '优化',
      '创新',
      '发展',
      '加大',
      '壮大',
      '改善',
      '健全',
      '满足',
    ],
  },
  {
    spun: '周全',
    original: '全面',
    after: ['推进', '实施', '落实', '加强', '建成', '提升', '提拔', '开展', '覆盖', '笼盖', '铺开', '推开', '完成'],
  },
  { spun: '题目', original: '问题', before: ['存在的', '突出', '解决', '热点', '难点', '看病难', '看病贵'], after: ['导向'] },
];
