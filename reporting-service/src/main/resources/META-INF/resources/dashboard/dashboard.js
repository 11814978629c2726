'use strict';

// The dashboard reads the reporting service's JSON API with the bearer token given in the field or in the
// page's #token= fragment, and reloads whenever the service announces changed figures.

const TEXT = {
  zh: {
    title: '会客室数据看板', token: '令牌', community: '社区', allCommunities: '全部', from: '起', to: '止',
    load: '查询', live: '实时更新中', offline: '未连接', sideBySide: '社区对比', rankings: '本月排名',
    overdueWork: '逾期事项（按承办人）', language: 'English', trends: '近12个月', byCategory: '按类别',
    registered: '登记事项', open: '未结', closed: '已办结', overdue: '逾期', personsReceived: '接待人次',
    escalated: '提交两委', referralsOut: '转办', referralsAnswered: '转办答复', reopened: '重新办理',
    responseRate: '响应率', resolutionRate: '解决率', satisfactionRate: '满意率',
    averageWorkingDaysToFirstContact: '平均首次联系(工作日)', averageWorkingDaysToFeedback: '平均反馈(工作日)',
    dutyKeptRate: '值班履职率', volunteersRegistered: '志愿者(累计)', volunteersActive: '参与服务志愿者',
    volunteerActivities: '志愿服务活动', volunteerHours: '志愿服务时长(小时)',
    rank: '名次', handler: '承办人', unassigned: '未分配', cases: '事项数', oldestDue: '最早期限',
    needsToken: '请输入令牌', failed: '加载失败', forbidden: '无权查看', signedOut: '令牌已过期，请输入新令牌',
    digestPage: '月末议题（打印）', digestWorkbook: '月末议题（Excel）', pickCommunity: '请先选择社区',
    fourOnes: '四个一（本年）', campaigns: '通知排查进度', pairings: '结对数', complete: '已完成',
    completionRate: '完成率', campaign: '任务', contacted: '已联系', lastContact: '最近联系',
    DONE: '已完成', REACHED: '已联系上', NOT_REACHED: '未联系上', REFUSED: '拒绝'
  },
  en: {
    title: 'Reception room dashboard', token: 'Token', community: 'Community', allCommunities: 'All', from: 'From',
    to: 'To', load: 'Show', live: 'Live', offline: 'Not connected', sideBySide: 'Communities side by side',
    rankings: 'Ranking this month', overdueWork: 'Overdue work per handler', language: '中文',
    trends: 'Last 12 months', byCategory: 'By category',
    registered: 'Registered', open: 'Open', closed: 'Closed', overdue: 'Overdue', personsReceived: 'Persons received',
    escalated: 'To the committees', referralsOut: 'Referred out', referralsAnswered: 'Referrals answered',
    reopened: 'Reopened', responseRate: 'Response rate', resolutionRate: 'Resolution rate',
    satisfactionRate: 'Satisfaction rate', averageWorkingDaysToFirstContact: 'Avg. working days to first contact',
    averageWorkingDaysToFeedback: 'Avg. working days to feedback', dutyKeptRate: 'Duty shifts kept',
    volunteersRegistered: 'Volunteers registered', volunteersActive: 'Volunteers active',
    volunteerActivities: 'Volunteer activities', volunteerHours: 'Volunteer hours',
    rank: 'Rank', handler: 'Handler',
    unassigned: 'Unassigned', cases: 'Cases', oldestDue: 'Earliest deadline',
    needsToken: 'Enter a token', failed: 'Could not load', forbidden: 'Not allowed',
    signedOut: 'The token has expired; enter a new one',
    digestPage: 'Month-end digest (print)', digestWorkbook: 'Month-end digest (Excel)',
    pickCommunity: 'Choose a community first', fourOnes: 'The four ones (this year)',
    campaigns: 'Notification campaigns', pairings: 'Pairings', complete: 'Complete', completionRate: 'Completion',
    campaign: 'Campaign', contacted: 'Contacted', lastContact: 'Last contact', DONE: 'Done', REACHED: 'Reached',
    NOT_REACHED: 'Not reached', REFUSED: 'Refused'
  }
};

const CATEGORIES = {
  zh: { POLICY_CONSULTATION: '政策咨询', HARDSHIP_RELIEF: '困难救助', DISPUTE_MEDIATION: '矛盾调解',
    VOLUNTEER_SERVICE: '志愿服务', WATER_DRAINAGE: '供排水', POWER_LINES: '强电入地', GAS: '天然气入户',
    SANITATION: '垃圾清理', RENOVATION: '老旧小区改造', HEALTH: '医疗卫生', OTHER: '其他' },
  en: { POLICY_CONSULTATION: 'Policy consultation', HARDSHIP_RELIEF: 'Hardship relief',
    DISPUTE_MEDIATION: 'Dispute mediation', VOLUNTEER_SERVICE: 'Volunteer service', WATER_DRAINAGE: 'Water and drains',
    POWER_LINES: 'Power lines', GAS: 'Gas connection', SANITATION: 'Sanitation', RENOVATION: 'Renovation',
    HEALTH: 'Health', OTHER: 'Other' }
};

const FIGURES = ['registered', 'open', 'closed', 'overdue', 'personsReceived', 'escalated', 'referralsOut',
  'referralsAnswered', 'reopened', 'responseRate', 'resolutionRate', 'satisfactionRate',
  'averageWorkingDaysToFirstContact', 'averageWorkingDaysToFeedback', 'dutyKeptRate', 'volunteersRegistered',
  'volunteersActive', 'volunteerActivities', 'volunteerHours'];
const RATES = ['responseRate', 'resolutionRate', 'satisfactionRate'];
const PERCENTAGES = [...RATES, 'dutyKeptRate', 'completionRate'];

const state = { language: 'zh', sort: { figure: 'registered', descending: true }, communities: [], loads: 0 };
const $ = id => document.getElementById(id);
const t = key => TEXT[state.language][key] || key;

function format(figure, value) {
  if (value === null || value === undefined) return '—';
  return PERCENTAGES.includes(figure) ? (value * 100).toFixed(1) + '%' : String(value);
}

function token() {
  return $('token').value.trim();
}

async function api(path, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => { if (v) query.append(k, v); });
  const answer = await fetch(path + (query.toString() ? '?' + query : ''),
    { headers: { Authorization: 'Bearer ' + token(), Accept: 'application/json' } });
  if (!answer.ok) {
    const error = new Error(answer.status === 401 ? t('signedOut')
      : answer.status === 403 ? t('forbidden') : t('failed') + ' ' + answer.status);
    error.status = answer.status;
    throw error;
  }
  return answer.json();
}

function period() {
  return { from: $('from').value, to: $('to').value };
}

function applyLanguage() {
  document.documentElement.lang = state.language === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  $('language').textContent = t('language');
  $('live').textContent = t($('live').classList.contains('on') ? 'live' : 'offline');
}

function renderCards(figures) {
  $('cards').replaceChildren(...FIGURES.map(figure => {
    const card = document.createElement('div');
    card.className = 'card';
    card.dataset.figure = figure;
    card.innerHTML = '<div class="label"></div><div class="value"></div>';
    card.querySelector('.label').textContent = t(figure);
    card.querySelector('.value').textContent = format(figure, figures[figure]);
    return card;
  }));
}

function renderTable(id, headings, rows) {
  const table = $(id);
  const head = document.createElement('tr');
  headings.forEach(h => {
    const th = document.createElement('th');
    th.textContent = h.label;
    if (h.sort) th.addEventListener('click', h.sort);
    head.appendChild(th);
  });
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(...rows.map(cells => {
    const tr = document.createElement('tr');
    cells.forEach(cell => {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.appendChild(td);
    });
    return tr;
  }));
}

function renderCommunities() {
  const { figure, descending } = state.sort;
  const sorted = [...state.communities].sort((a, b) => {
    const x = a.figures[figure] ?? -1, y = b.figures[figure] ?? -1;
    return descending ? y - x : x - y;
  });
  const sortBy = f => () => {
    state.sort = { figure: f, descending: state.sort.figure === f ? !state.sort.descending : true };
    renderCommunities();
  };
  renderTable('communities', [{ label: t('community') }, ...FIGURES.map(f => ({ label: t(f), sort: sortBy(f) }))],
    sorted.map(row => [row.name, ...FIGURES.map(f => format(f, row.figures[f]))]));
}

function fillCommunityChoice(rows) {
  const select = $('community');
  const chosen = select.value;
  const options = [select.options[0], ...rows.map(row => new Option(row.name, row.key))];
  select.replaceChildren(...options);
  select.value = rows.some(row => row.key === chosen) ? chosen : '';
}

function chart(id, option) {
  const instance = echarts.getInstanceByDom($(id)) || echarts.init($(id));
  instance.setOption(option, true);
}

function renderTrends(rows) {
  chart('trendChart', {
    title: { text: t('trends'), textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 24, data: [t('registered'), ...RATES.map(t)] },
    grid: { top: 70 },
    xAxis: { type: 'category', data: rows.map(r => r.key) },
    yAxis: [{ type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 1, axisLabel: { formatter: v => v * 100 + '%' } }],
    series: [
      { name: t('registered'), type: 'bar', data: rows.map(r => r.figures.registered) },
      ...RATES.map(rate => ({ name: t(rate), type: 'line', yAxisIndex: 1, data: rows.map(r => r.figures[rate]) }))
    ]
  });
}

function renderCategories(rows) {
  chart('categoryChart', {
    title: { text: t('byCategory'), textStyle: { fontSize: 14 } },
    tooltip: {},
    grid: { left: 140 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map(r => CATEGORIES[state.language][r.key] || r.key) },
    series: [{ name: t('registered'), type: 'bar', data: rows.map(r => r.figures.registered) }]
  });
}

async function optional(promise, onForbidden) {
  try {
    return await promise;
  } catch (error) {
    if (error.status === 403) { onForbidden(); return null; }
    throw error;
  }
}

async function load() {
  if (!token()) { $('status').textContent = t('needsToken'); return; }
  sessionStorage.setItem('huike-token', token());
  const community = $('community').value;
  const { from, to } = period();
  try {
    const [all, summary, categories] = await Promise.all([
      api('/figures', { from, to, groupBy: 'COMMUNITY' }),
      api('/figures', { from, to, community }),
      api('/figures', { from, to, community, groupBy: 'CATEGORY' })
    ]);
    state.communities = all;
    const names = Object.fromEntries(all.map(c => [c.key, c.name]));
    fillCommunityChoice(all);
    renderCards(summary[0] ? summary[0].figures : {});
    renderCommunities();
    renderCategories(categories);
    const month = (from || new Date().toISOString()).substring(0, 7);
    const [trends, rankings, overdue] = await Promise.all([
      optional(api('/district/trends', { months: 12, community }), () => {}),
      optional(api('/district/rankings', { month }), () => {}),
      optional(api('/district/overdue-work', { community }), () => {})
    ]);
    if (trends) renderTrends(trends);
    if (rankings) {
      renderTable('rankings', [{ label: t('rank') }, { label: t('community') }, ...RATES.map(r => ({ label: t(r) }))],
        rankings.byResponseRate.map(place => [place.rank ?? '—', place.name,
          ...['byResponseRate', 'byResolutionRate', 'bySatisfactionRate'].map(list =>
            format('responseRate', rankings[list].find(p => p.communityId === place.communityId).rate))]));
    }
    if (overdue) {
      renderTable('overdueWork', [{ label: t('community') }, { label: t('handler') }, { label: t('cases') },
        { label: t('oldestDue') }], overdue.map(w => [names[w.communityId] || w.communityId,
        w.assigneeId || t('unassigned'), w.overdueCases,
        w.oldestDueAt ? w.oldestDueAt.substring(0, 16).replace('T', ' ') : '—']));
    }
    const [fourOnes, campaigns] = await Promise.all([
      api('/outreach/four-ones', { year: month.substring(0, 4), community }),
      api('/outreach/campaigns', { community })
    ]);
    renderTable('fourOnes', [{ label: t('community') }, { label: t('pairings') }, { label: t('complete') },
      { label: t('completionRate') }], fourOnes.map(f => [names[f.communityId] || f.communityId, f.pairings,
      f.complete, format('completionRate', f.completionRate)]));
    const outcomes = ['DONE', 'REACHED', 'NOT_REACHED', 'REFUSED'];
    renderTable('campaigns', [{ label: t('campaign') }, { label: t('contacted') },
      ...outcomes.map(o => ({ label: t(o) })), { label: t('lastContact') }],
      campaigns.map(c => [c.campaignId.substring(0, 8), c.targetsContacted,
      ...outcomes.map(o => c.byOutcome[o] || 0), c.lastContactAt.substring(0, 16).replace('T', ' ')]));
    $('status').textContent = '';
    state.loads++;
    document.body.dataset.loads = String(state.loads);
  } catch (error) {
    $('status').textContent = error.message;
  }
}

// The digest needs the bearer token too, so it is fetched and handed to the browser as a local object URL.
async function digest(part, download) {
  const community = $('community').value;
  if (!community) { $('status').textContent = t('pickCommunity'); return; }
  const month = ($('from').value || new Date().toISOString()).substring(0, 7);
  const answer = await fetch('/digests/' + encodeURIComponent(community) + '/' + month + '/' + part,
    { headers: { Authorization: 'Bearer ' + token() } });
  if (!answer.ok) { $('status').textContent = t('failed') + ' ' + answer.status; return; }
  const url = URL.createObjectURL(await answer.blob());
  const link = document.createElement('a');
  link.href = url;
  if (download) link.download = 'digest-' + community + '-' + month + '.xlsx';
  else link.target = '_blank';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

let reloadTimer = null;

function reloadSoon() {
  clearTimeout(reloadTimer);
  reloadTimer = setTimeout(load, 300);
}

// EventSource cannot send a bearer token, so the stream is read with fetch. The service ends the stream when the
// token expires; a token it no longer accepts is not retried (every retry would be refused) until a new one is given.
async function listen() {
  if (!token() || state.listening) return;
  state.listening = true;
  let retry = true;
  try {
    const answer = await fetch('/figure-changes',
      { headers: { Authorization: 'Bearer ' + token(), Accept: 'text/event-stream' } });
    if (answer.status === 401 || answer.status === 403) {
      retry = false;
      $('status').textContent = t(answer.status === 401 ? 'signedOut' : 'forbidden');
      throw new Error(String(answer.status));
    }
    if (!answer.ok) throw new Error(String(answer.status));
    $('live').classList.add('on');
    applyLanguage();
    const reader = answer.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split('\n');
      buffer = lines.pop();
      if (lines.some(line => line.startsWith('data:'))) reloadSoon();
    }
  } catch (error) {
    // Retried below unless the token was refused.
  }
  $('live').classList.remove('on');
  applyLanguage();
  state.listening = false;
  if (retry) setTimeout(listen, 3000);
}

// A token left in the address bar ends up in the history, in bookmarks and on screen: once read, it leaves the URL.
function forgetTokenInAddress(fragment) {
  if (!fragment.has('token')) return;
  fragment.delete('token');
  const rest = fragment.toString();
  history.replaceState(history.state, '', location.pathname + location.search + (rest ? '#' + rest : ''));
}

function start() {
  const fragment = new URLSearchParams(location.hash.substring(1));
  $('token').value = fragment.get('token') || sessionStorage.getItem('huike-token') || '';
  forgetTokenInAddress(fragment);
  const today = new Date();
  const local = d => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
  $('from').value = fragment.get('from') || local(new Date(today.getFullYear(), today.getMonth(), 1));
  $('to').value = fragment.get('to') || local(today);
  $('language').addEventListener('click', () => {
    state.language = state.language === 'zh' ? 'en' : 'zh';
    applyLanguage();
    load();
  });
  $('load').addEventListener('click', () => { load(); listen(); });
  $('community').addEventListener('change', load);
  $('digestPage').addEventListener('click', () => digest('page', false));
  $('digestWorkbook').addEventListener('click', () => digest('workbook', true));
  window.addEventListener('resize', () => ['trendChart', 'categoryChart'].forEach(id => {
    const instance = echarts.getInstanceByDom($(id));
    if (instance) instance.resize();
  }));
  applyLanguage();
  load();
  listen();
}

start();
