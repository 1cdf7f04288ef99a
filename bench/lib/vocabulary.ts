// Word lists for the synthetic archive. Written for the benchmark: plausible
// health-work vocabulary, combined at random so that 10,000 articles do not
// share one small dictionary (a real archive's index is wide, not deep).

export const PROVINCES = [
  { id: 'hb', name: '河北省' }, { id: 'sx', name: '山西省' }, { id: 'ah', name: '安徽省' },
  { id: 'jx', name: '江西省' }, { id: 'hn', name: '河南省' }, { id: 'hun', name: '湖南省' },
  { id: 'gx', name: '广西壮族自治区' }, { id: 'sc', name: '四川省' }, { id: 'gz', name: '贵州省' },
  { id: 'gs', name: '甘肃省' },
] as const;

/** Characters place names are built from (two per name, plus a level suffix). */
export const PLACE_CHARS = Array.from('安宁平阳清河东西南北新丰永和兴隆长乐泰华云山溪湖桥川源城林石岭泉江水明德福寿康庆丰盛宝华青松柏梅竹桂莲荷金银玉龙凤鹤鹿马牛羊田禾谷麦');

export const TOWN_SUFFIXES = ['镇', '乡', '街道'];
export const HOSPITAL_KINDS = ['人民医院', '中医医院', '妇幼保健院', '疾病预防控制中心', '第二人民医院', '精神卫生中心', '卫生院', '社区卫生服务中心'];

export const TOPICS = [
  { id: 'yigai', name: '医药卫生体制改革', description: '公立医院改革、医共体、分级诊疗与药品采购。' },
  { id: 'gonggongweisheng', name: '公共卫生', description: '基本公共卫生服务、疾病防控与健康教育。' },
  { id: 'fuyou', name: '妇幼健康', description: '妇女儿童健康服务、孕产期保健与出生缺陷防治。' },
  { id: 'jiceng', name: '基层卫生', description: '乡镇卫生院、村卫生室和社区卫生服务机构。' },
  { id: 'yiliaobaozhang', name: '医疗保障', description: '城乡居民医保、医疗救助与费用减免。' },
  { id: 'jiankangfupin', name: '健康扶贫', description: '因病致贫返贫防治与乡村振兴衔接。' },
  { id: 'yiyuanjianshe', name: '医院建设', description: '医院新建改扩建、重点专科与设备配置。' },
  { id: 'zhongyiyao', name: '中医药', description: '中医药服务能力、中医馆建设与传承创新。' },
  { id: 'guihua', name: '规划与总结', description: '五年规划、年度总结与工作部署。' },
  { id: 'rencai', name: '人才队伍', description: '卫生人才招聘、培养、职称与对口支援。' },
  { id: 'laonian', name: '老年健康', description: '医养结合、老年友善医疗机构与失能照护。' },
  { id: 'jibingfangkong', name: '疾病防控', description: '传染病监测、慢性病管理与预防接种。' },
] as const;

export const TYPES = ['news', 'report', 'notice', 'interpretation', 'statistics'] as const;

/** Subjects per topic: what a sentence is about. */
export const SUBJECTS: Record<string, string[]> = {
  yigai: ['县域医共体', '紧密型医联体', '分级诊疗', '药品集中带量采购', '现代医院管理制度', '薪酬制度改革', '家庭医生签约', '远程会诊平台', '检查检验结果互认', '按病种付费'],
  gonggongweisheng: ['基本公共卫生服务', '居民电子健康档案', '健康教育讲座', '爱国卫生运动', '农村改厕', '饮用水卫生监测', '食品安全风险监测', '职业病防治', '学校卫生', '病媒生物防制'],
  fuyou: ['孕产妇系统管理', '新生儿疾病筛查', '产前筛查', '宫颈癌和乳腺癌检查', '儿童眼保健', '婚前医学检查', '出生缺陷综合防治', '母婴安全', '托育服务', '儿童营养改善'],
  jiceng: ['乡镇卫生院标准化建设', '村卫生室', '乡村医生培训', '社区卫生服务中心', '基层首诊', '中心卫生院', '巡回医疗', '基层医疗卫生服务能力', '公有产权村卫生室', '签约服务团队'],
  yiliaobaozhang: ['城乡居民基本医疗保险', '大病保险', '医疗救助', '异地就医直接结算', '门诊慢特病', '一站式结算', '医保基金监管', '住院费用报销', '参保缴费', '商业补充保险'],
  jiankangfupin: ['因病致贫返贫监测', '先诊疗后付费', '大病专项救治', '贫困人口家庭医生签约', '防返贫动态监测', '健康帮扶', '慢病签约服务', '对口帮扶', '乡村振兴衔接', '兜底保障'],
  yiyuanjianshe: ['门诊综合楼', '住院部新建工程', '重点专科', '胸痛中心', '卒中中心', '创伤中心', '医疗设备更新', '智慧医院', '等级医院评审', '发热门诊改造'],
  zhongyiyao: ['中医馆', '中医适宜技术', '名老中医工作室', '中药饮片质量', '治未病中心', '中西医结合', '中医药特色专科', '基层中医药服务', '针灸推拿', '中医药文化宣传'],
  guihua: ['年度工作目标', '五年规划中期评估', '重点项目清单', '民生实事', '考核指标', '工作台账', '督查问效', '改革任务', '专项行动', '经验总结'],
  rencai: ['医学院校定向生', '全科医生转岗培训', '住院医师规范化培训', '公开招聘', '职称评审', '对口支援', '县管乡用', '乡聘村用', '卫生健康人才引进', '护士队伍建设'],
  laonian: ['医养结合机构', '老年友善医疗机构', '失能老人健康评估', '家庭病床', '安宁疗护', '老年人健康管理', '护理院', '居家医疗服务', '老年认知障碍筛查', '长期护理'],
  jibingfangkong: ['预防接种', '结核病防治', '艾滋病防治', '慢性病综合防控示范区', '高血压患者规范管理', '糖尿病患者健康管理', '严重精神障碍患者管理', '传染病网络直报', '地方病防治', '健康素养监测'],
};

export const ACTIONS = ['全面推进', '稳步实施', '持续深化', '扎实开展', '加快推进', '进一步完善', '重点抓好', '统筹推进', '积极探索', '全力保障', '认真落实', '有序推进'];
export const OUTCOMES = ['服务可及性明显提高', '群众满意度持续上升', '就医负担进一步减轻', '服务质量稳步提升', '工作机制更加健全', '基层能力显著增强', '覆盖面不断扩大', '管理水平逐步规范', '资源配置更加合理', '运行效率有所改善'];
export const MEASURES = ['建立月调度制度', '实行清单化管理', '开展专项督导', '组织业务培训', '落实绩效考核', '完善信息系统', '加强部门协作', '推行网格化服务', '引入第三方评估', '开展入户随访', '设立便民服务窗口', '编制操作手册'];
export const CONNECTORS = ['与此同时，', '在此基础上，', '为巩固成效，', '针对薄弱环节，', '围绕群众关切，', '按照年度计划，', '结合本地实际，', '在上级部门支持下，'];
export const PEOPLE_UNITS = [
  { noun: '服务人次', unit: '人次' }, { noun: '受益群众', unit: '人' }, { noun: '培训人员', unit: '人' },
  { noun: '新增床位', unit: '张' }, { noun: '建成站点', unit: '个' }, { noun: '投入资金', unit: '万元' },
  { noun: '签约人数', unit: '人' }, { noun: '随访次数', unit: '次' }, { noun: '筛查人数', unit: '人' },
];
export const HEADINGS = ['主要做法', '工作成效', '存在问题', '下一步安排', '基本情况', '重点任务', '保障措施', '典型经验', '数据概览', '群众反映'];
export const TITLE_PATTERNS = [
  '{region}{subject}工作取得新进展',
  '{region}召开{year}年{subject}推进会',
  '{region}{year}年{subject}情况通报',
  '关于做好{year}年{subject}工作的通知',
  '{region}：{subject}让群众少跑腿',
  '解读{region}{subject}实施方案',
  '{region}{year}年卫生健康工作总结',
  '{region}{subject}统计公报（{year}年）',
];

/** Indicators a charted article draws from: one statistic file per region and indicator. */
export const INDICATORS = [
  { id: 'beds', title: '每千人口医疗机构床位数', unit: '张', series: '床位数', base: 4.2, step: 0.25, decimals: 2, chart: 'line' },
  { id: 'doctors', title: '每千人口执业（助理）医师数', unit: '人', series: '医师数', base: 1.9, step: 0.12, decimals: 2, chart: 'line' },
  { id: 'visits', title: '基层医疗卫生机构诊疗人次', unit: '万人次', series: '诊疗人次', base: 120, step: 9, decimals: 1, chart: 'bar' },
  { id: 'screening', title: '两癌检查完成人数', unit: '人', series: '完成人数', base: 6000, step: 800, decimals: 0, chart: 'bar' },
  { id: 'funding', title: '人均基本公共卫生服务经费补助', unit: '元', series: '人均补助', base: 45, step: 5, decimals: 0, chart: 'line' },
  { id: 'signing', title: '家庭医生签约服务人数', unit: '万人', series: '签约人数', base: 8, step: 1.1, decimals: 1, chart: 'bar' },
  { id: 'maternal', title: '孕产妇系统管理率', unit: '%', series: '管理率', base: 86, step: 1.1, decimals: 1, chart: 'line' },
  { id: 'clinics', title: '标准化村卫生室数量', unit: '个', series: '村卫生室', base: 180, step: 14, decimals: 0, chart: 'bar' },
] as const;
