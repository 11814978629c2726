'use strict';

// The district dashboard. Its data is reporting-service's, read through the workbench (/district/data/…), which
// sends the signed-in user's token on: the page holds no token and sends only its session cookie. It reloads
// whenever the live stream announces changed figures. Its words follow the page's language (<html lang>, which the
// workbench's language switch sets). A session that has ended is said once, with a link that signs in again, and
// nothing is asked again after that.
(function () {
  const TEXT = {
    zh: {
      community: '社区', registered: '登记事项', open: '未结', closed: '已办结', overdue: '逾期',
      personsReceived: '接待人次', escalated: '提交两委', referralsOut: '转办', referralsAnswered: '转办答复',
      reopened: '重新办理', responseRate: '响应率', resolutionRate: '解决率', satisfactionRate: '满意率',
      averageWorkingDaysToFirstContact: '平均首次联系(工作日)', averageWorkingDaysToFeedback: '平均反馈(工作日)',
      dutyKeptRate: '值班履职率', volunteersRegistered: '志愿者(累计)', volunteersActive: '参与服务志愿者',
      volunteerActivities: '志愿服务活动', volunteerHours: '志愿服务时长(小时)',
      rank: '名次', handler: '承办人', unassigned: '未分配', cases: '事项数', oldestDue: '最早期限',
      failed: '加载失败', forbidden: '无权查看', pairings: '结对数', complete: '已完成', completionRate: '完成率',
      campaign: '任务', contacted: '已联系', lastContact: '最近联系',
      DONE: '已完成', REACHED: '已联系上', NOT_REACHED: '未联系上', REFUSED: '拒绝'
    },
    en: {
      community: 'Community', registered: 'Registered', open: 'Open', closed: 'Closed', overdue: 'Overdue',
      personsReceived: 'Persons received', escalated: 'To the committees', referralsOut: 'Referred out',
      referralsAnswered: 'Referrals answered', reopened: 'Reopened', responseRate: 'Response rate',
      resolutionRate: 'Resolution rate', satisfactionRate: 'Satisfaction rate',
      averageWorkingDaysToFirstContact: 'Avg. working days to first contact',
      averageWorkingDaysToFeedback: 'Avg. working days to feedback', dutyKeptRate: 'Duty shifts kept',
      volunteersRegistered: 'Volunteers registered', volunteersActive: 'Volunteers active',
      volunteerActivities: 'Volunteer activities', volunteerHours: 'Volunteer hours',
      rank: 'Rank', handler: 'Handler', unassigned: 'Unassigned', cases: 'Cases', oldestDue: 'Earliest deadline',
      failed: 'Could not load', forbidden: 'Not allowed', pairings: 'Pairings', complete: 'Complete',
      completionRate: 'Completion', campaign: 'Campaign', contacted: 'Contacted', lastContact: 'Last contact',
      DONE: 'Done', REACHED: 'Reached', NOT_REACHED: 'Not reached', REFUSED: 'Refused'
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
  const OUTCOMES = ['DONE', 'REACHED', 'NOT_REACHED', 'REFUSED'];

  const DATA = '/district/data';
  /** The first wait before the live stream is opened again; it doubles while the stream keeps failing. */
  const RETRY = 3000;
  const MAX_RETRY = 60000;

  const $ = id => document.getElementById(id);
  const root = $('district-dashboard');
  if (!root) {
    return;
  }
  const language = (document.documentElement.lang || 'zh').toLowerCase().startsWith('en') ? 'en' : 'zh';
  const t = key => TEXT[language][key] || key;
  const moments = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN',
    { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

  const state = {
    sort: { figure: 'registered', descending: true },
    communities: [],
    loads: 0,
    generation: 0,
    ended: false,
    stream: null,
    streamedBefore: false,
    retryDelay: RETRY,
    retryTimer: null,
    reloadTimer: null
  };

  /** The workbench's session has ended (or reporting no longer accepts its token). */
  class SessionEnded extends Error {}

  // Signed out, the workbench answers 499 (a script cannot follow the sign-in page); reporting answers 401; a redirect
  // to the sign-in page, should one come, is not followed.
  const sessionHasEnded = answer => answer.type === 'opaqueredirect' || answer.status === 401 || answer.status === 499;

  function format(figure, value) {
    if (value === null || value === undefined) {
      return '—';
    }
    return PERCENTAGES.includes(figure) ? (value * 100).toFixed(1) + '%' : String(value);
  }

  function moment(value) {
    return value ? moments.format(new Date(value)) : '—';
  }

  function status(text) {
    $('district-status').textContent = text;
  }

  async function ask(path, params) {
    const query = new URLSearchParams();
    Object.entries(params || {}).forEach(([key, value]) => {
      if (value !== undefined && value !== null && value !== '') {
        query.append(key, value);
      }
    });
    const answer = await fetch(DATA + path + (query.toString() ? '?' + query : ''), {
      headers: { Accept: 'application/json' }, credentials: 'same-origin', redirect: 'manual', cache: 'no-store'
    });
    if (sessionHasEnded(answer)) {
      throw new SessionEnded();
    }
    if (!answer.ok) {
      const error = new Error(answer.status === 403 ? t('forbidden') : t('failed') + ' ' + answer.status);
      error.status = answer.status;
      throw error;
    }
    return answer.json();
  }

  /** A part the user's roles may not see is left out rather than failing the page. */
  async function optional(promise) {
    try {
      return await promise;
    } catch (error) {
      if (error.status === 403) {
        return null;
      }
      throw error;
    }
  }

  function sessionEnded() {
    if (state.ended) {
      return;
    }
    state.ended = true;
    clearTimeout(state.retryTimer);
    clearTimeout(state.reloadTimer);
    if (state.stream) {
      state.stream.abort();
    }
    setLive(false);
    status('');
    $('district-sign-in-again').href = '/session/login?returnTo=' + encodeURIComponent(location.pathname + location.search);
    const notice = $('district-expired');
    notice.hidden = false;
    notice.focus();
    root.dataset.ended = 'true';
  }

  function setLive(on) {
    const live = $('district-live');
    live.dataset.live = on ? 'on' : 'off';
    live.classList.toggle('on', on);
    live.textContent = on ? live.dataset.textOn : live.dataset.textOff;
  }

  function renderCards(figures) {
    $('district-cards').replaceChildren(...FIGURES.map(figure => {
      const card = document.createElement('div');
      card.className = 'card';
      card.id = 'figure-' + figure;
      card.dataset.figure = figure;
      const label = document.createElement('dt');
      label.className = 'label';
      label.textContent = t(figure);
      const value = document.createElement('dd');
      value.className = 'value';
      value.id = 'figure-' + figure + '-value';
      value.textContent = format(figure, figures[figure]);
      card.append(label, value);
      return card;
    }));
  }

  function renderTable(id, headings, rows) {
    const table = $(id);
    const head = document.createElement('tr');
    headings.forEach(heading => {
      const th = document.createElement('th');
      th.scope = 'col';
      if (heading.sort) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort';
        button.dataset.figure = heading.figure;
        button.textContent = heading.label;
        button.addEventListener('click', heading.sort);
        th.appendChild(button);
        if (heading.sorted) {
          th.setAttribute('aria-sort', heading.sorted);
        }
      } else {
        th.textContent = heading.label;
      }
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

  function renderCommunities(focusFigure) {
    const { figure, descending } = state.sort;
    const sorted = [...state.communities].sort((a, b) => {
      const x = a.figures[figure] ?? -1;
      const y = b.figures[figure] ?? -1;
      return descending ? y - x : x - y;
    });
    const sortBy = f => () => {
      state.sort = { figure: f, descending: state.sort.figure === f ? !state.sort.descending : true };
      renderCommunities(f);
    };
    renderTable('district-communities', [{ label: t('community') }, ...FIGURES.map(f => ({
      label: t(f), figure: f, sort: sortBy(f), sorted: f === figure ? (descending ? 'descending' : 'ascending') : null
    }))], sorted.map(row => [row.name || row.key, ...FIGURES.map(f => format(f, row.figures[f]))]));
    if (focusFigure) {
      const button = $('district-communities').querySelector('button[data-figure="' + focusFigure + '"]');
      if (button) {
        button.focus();
      }
    }
  }

  function fillCommunityChoice(rows) {
    const select = $('district-community');
    const chosen = select.value;
    select.replaceChildren(select.options[0], ...rows.map(row => new Option(row.name || row.key, row.key)));
    select.value = rows.some(row => row.key === chosen) ? chosen : '';
  }

  function chart(id, option) {
    if (typeof echarts === 'undefined') {
      return;
    }
    const element = $(id);
    const instance = echarts.getInstanceByDom(element)
      || echarts.init(element, null, { renderer: 'canvas', locale: language === 'en' ? 'EN' : 'ZH' });
    // Tooltips are drawn on the canvas: the workbench's Content-Security-Policy allows no inline styles.
    instance.setOption(Object.assign({ aria: { enabled: true } }, option), true);
  }

  function renderTrends(rows) {
    chart('district-trend-chart', {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0, data: [t('registered'), ...RATES.map(t)] },
      grid: { top: 48, containLabel: true },
      xAxis: { type: 'category', data: rows.map(r => r.key) },
      yAxis: [{ type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 1, axisLabel: { formatter: v => Math.round(v * 100) + '%' } }],
      series: [
        { name: t('registered'), type: 'bar', data: rows.map(r => r.figures.registered) },
        ...RATES.map(rate => ({ name: t(rate), type: 'line', yAxisIndex: 1, data: rows.map(r => r.figures[rate]) }))
      ]
    });
  }

  function renderCategories(rows) {
    chart('district-category-chart', {
      tooltip: { renderMode: 'richText' },
      grid: { top: 16, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(r => CATEGORIES[language][r.key] || r.key) },
      series: [{ name: t('registered'), type: 'bar', data: rows.map(r => r.figures.registered) }]
    });
  }

  function month() {
    return ($('district-from').value || new Date().toISOString()).substring(0, 7);
  }

  async function load() {
    if (state.ended) {
      return;
    }
    const generation = ++state.generation;
    const current = () => generation === state.generation && !state.ended;
    const community = $('district-community').value;
    const from = $('district-from').value;
    const to = $('district-to').value;
    const thisMonth = month();
    try {
      const [all, summary, categories] = await Promise.all([
        ask('/figures', { from, to, groupBy: 'COMMUNITY' }),
        ask('/figures', { from, to, community }),
        ask('/figures', { from, to, community, groupBy: 'CATEGORY' })
      ]);
      if (!current()) {
        return;
      }
      state.communities = all;
      const names = Object.fromEntries(all.map(c => [c.key, c.name || c.key]));
      fillCommunityChoice(all);
      renderCards(summary[0] ? summary[0].figures : {});
      renderCommunities();
      renderCategories(categories);
      const [trends, rankings, overdue] = await Promise.all([
        optional(ask('/district/trends', { months: 12, community })),
        optional(ask('/district/rankings', { month: thisMonth })),
        optional(ask('/district/overdue-work', { community }))
      ]);
      if (!current()) {
        return;
      }
      if (trends) {
        renderTrends(trends);
      }
      if (rankings) {
        const lists = ['byResponseRate', 'byResolutionRate', 'bySatisfactionRate'];
        renderTable('district-rankings',
          [{ label: t('rank') }, { label: t('community') }, ...RATES.map(r => ({ label: t(r) }))],
          rankings.byResponseRate.map(place => [place.rank ?? '—', place.name || place.communityId,
            ...lists.map(list => format('responseRate',
              (rankings[list].find(p => p.communityId === place.communityId) || {}).rate))]));
      }
      if (overdue) {
        renderTable('district-overdue-work',
          [{ label: t('community') }, { label: t('handler') }, { label: t('cases') }, { label: t('oldestDue') }],
          overdue.map(w => [names[w.communityId] || w.communityId, w.assigneeId || t('unassigned'), w.overdueCases,
            moment(w.oldestDueAt)]));
      }
      const [fourOnes, campaigns] = await Promise.all([
        ask('/outreach/four-ones', { year: thisMonth.substring(0, 4), community }),
        ask('/outreach/campaigns', { community })
      ]);
      if (!current()) {
        return;
      }
      renderTable('district-four-ones',
        [{ label: t('community') }, { label: t('pairings') }, { label: t('complete') }, { label: t('completionRate') }],
        fourOnes.map(f => [names[f.communityId] || f.communityId, f.pairings, f.complete,
          format('completionRate', f.completionRate)]));
      renderTable('district-campaigns',
        [{ label: t('campaign') }, { label: t('contacted') }, ...OUTCOMES.map(o => ({ label: t(o) })),
          { label: t('lastContact') }],
        campaigns.map(c => [c.campaignId.substring(0, 8), c.targetsContacted,
          ...OUTCOMES.map(o => c.byOutcome[o] || 0), moment(c.lastContactAt)]));
      status('');
      state.loads++;
      root.dataset.loads = String(state.loads);
    } catch (error) {
      if (error instanceof SessionEnded) {
        sessionEnded();
      } else if (current()) {
        status(error.message || t('failed'));
      }
    }
  }

  function reloadSoon() {
    clearTimeout(state.reloadTimer);
    state.reloadTimer = setTimeout(load, 300);
  }

  // EventSource cannot tell a refusal from a dropped connection, so the stream is read with fetch. reporting ends a
  // stream when the token that opened it expires; the next one goes out with the token the workbench has refreshed.
  // An ended session is not retried: every retry would be refused.
  async function listen() {
    if (state.ended || state.stream) {
      return;
    }
    const controller = new AbortController();
    state.stream = controller;
    const opened = Date.now();
    let again = true;
    try {
      const answer = await fetch(DATA + '/figure-changes', {
        headers: { Accept: 'text/event-stream' }, credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
        signal: controller.signal
      });
      if (sessionHasEnded(answer)) {
        again = false;
        sessionEnded();
      } else if (answer.status === 403) {
        again = false;
        status(t('forbidden'));
      } else if (answer.ok && answer.body) {
        setLive(true);
        if (state.streamedBefore) {
          reloadSoon(); // whatever changed while the stream was down
        }
        state.streamedBefore = true;
        const reader = answer.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            break;
          }
          buffer += decoder.decode(value, { stream: true });
          const lines = buffer.split('\n');
          buffer = lines.pop();
          if (lines.some(line => line.startsWith('data:'))) {
            reloadSoon();
          }
        }
      }
    } catch (error) {
      // A dropped connection: opened again below.
    }
    state.stream = null;
    setLive(false);
    if (!again || state.ended || controller.signal.aborted) {
      return;
    }
    state.retryDelay = Date.now() - opened > MAX_RETRY ? RETRY : Math.min(state.retryDelay * 2, MAX_RETRY);
    state.retryTimer = setTimeout(listen, state.retryDelay);
  }

  function updateDigest() {
    const community = $('district-community').value;
    $('district-digest').hidden = !community;
    $('district-digest-pick').hidden = Boolean(community);
    if (!community) {
      return;
    }
    const base = DATA + '/digests/' + encodeURIComponent(community) + '/' + month();
    const name = 'digest-' + community + '-' + month();
    $('district-digest-page').href = base + '/page';
    $('district-digest-workbook').href = base + '/workbook';
    $('district-digest-workbook').download = name + '.xlsx';
    $('district-digest-json').href = base;
    $('district-digest-json').download = name + '.json';
  }

  // The filters stay in the address (never a token), so that a reload, the language switch and signing in again
  // come back to the same view.
  function remember() {
    const query = new URLSearchParams();
    const community = $('district-community').value;
    if (community) {
      query.set('community', community);
    }
    query.set('from', $('district-from').value);
    query.set('to', $('district-to').value);
    history.replaceState(history.state, '', location.pathname + '?' + query);
    const here = location.pathname + location.search;
    document.querySelectorAll('a.lang-switch').forEach(link => {
      const target = new URL(link.href, location.href);
      target.searchParams.set('returnTo', here);
      link.href = target.pathname + target.search;
    });
  }

  function changed() {
    remember();
    updateDigest();
    load();
  }

  function start() {
    const select = $('district-community');
    if (select.dataset.chosen) {
      select.append(new Option(select.dataset.chosen, select.dataset.chosen, true, true));
    }
    $('district-filters').addEventListener('submit', event => {
      event.preventDefault();
      changed();
    });
    select.addEventListener('change', changed);
    window.addEventListener('resize', () => ['district-trend-chart', 'district-category-chart'].forEach(id => {
      const instance = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom($(id));
      if (instance) {
        instance.resize();
      }
    }));
    updateDigest();
    load();
    listen();
  }

  start();
}());
