// The script the host injects into every Custom UI frame before the app's bundle: `window.__bridge.callBridge`,
// which the unmodified @forge/bridge calls for every command. It runs in the browser, so it is plain ES2019.
import { THEME_ATTRIBUTE } from './theme-css';

export const BRIDGE_CLIENT_JS = String.raw`(function () {
  'use strict';
  var dataElement = document.getElementById('__forge_frame__');
  if (!dataElement) throw new Error('Forge emulator: the frame data is missing; load this page through /emulator/frame/');
  var frame = JSON.parse(dataElement.textContent);
  var token = frame.token;
  var context = frame.context;

  function clone(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }
  // Functions (callbacks) cannot cross into the host page; the shell gets the data only.
  function plain(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value, function (_key, v) { return typeof v === 'function' ? undefined : v; }));
  }
  function tell(command, payload) {
    window.parent.postMessage({ source: 'forge-bridge', command: command, payload: plain(payload), moduleKey: context.moduleKey, localId: context.localId }, '*');
    return true;
  }
  function host(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-frame-token': token },
      body: JSON.stringify(body === undefined ? {} : body)
    }).then(function (res) {
      return res.json().then(function (answer) {
        if (!res.ok) {
          var error = new Error(answer && answer.message ? answer.message : 'The bridge host answered ' + res.status);
          if (answer && answer.code) error.code = answer.code;
          throw error;
        }
        return answer;
      });
    });
  }

  var themePromise = null;
  function enableTheming() {
    if (themePromise) return themePromise;
    var html = document.documentElement;
    html.setAttribute('data-color-mode', frame.theme);
    html.setAttribute('data-theme', ${JSON.stringify(THEME_ATTRIBUTE)});
    themePromise = new Promise(function (resolve) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/emulator/tokens/themes.css';
      link.setAttribute('data-forge-tokens', 'true');
      link.onload = function () { resolve(undefined); };
      link.onerror = function () { resolve(undefined); };
      document.head.appendChild(link);
    });
    return themePromise;
  }

  function memoryHistory() {
    var listeners = [];
    var entries = [{ pathname: '/', search: '', hash: '', state: null, key: 'default' }];
    var index = 0;
    function parse(to, state) {
      if (typeof to === 'string') {
        var url = new URL(to, 'http://frame.invalid' + entries[index].pathname);
        return { pathname: url.pathname, search: url.search, hash: url.hash, state: state === undefined ? null : state, key: Math.random().toString(36).slice(2) };
      }
      return { pathname: to.pathname || '/', search: to.search || '', hash: to.hash || '', state: state === undefined ? null : state, key: Math.random().toString(36).slice(2) };
    }
    var history = {
      get location() { return entries[index]; },
      set location(_value) {},
      get action() { return 'POP'; },
      get length() { return entries.length; },
      push: function (to, state) { entries = entries.slice(0, index + 1); entries.push(parse(to, state)); index += 1; notify('PUSH'); },
      replace: function (to, state) { entries[index] = parse(to, state); notify('REPLACE'); },
      go: function (delta) { index = Math.max(0, Math.min(entries.length - 1, index + delta)); notify('POP'); },
      back: function () { history.go(-1); },
      goBack: function () { history.go(-1); },
      forward: function () { history.go(1); },
      goForward: function () { history.go(1); },
      listen: function (listener) { listeners.push(listener); return function () { listeners = listeners.filter(function (l) { return l !== listener; }); }; },
      block: function () { return function () {}; },
      createHref: function (to) { return typeof to === 'string' ? to : (to.pathname || '') + (to.search || '') + (to.hash || ''); }
    };
    function notify(action) {
      listeners.slice().forEach(function (listener) { listener(entries[index], action); });
    }
    return history;
  }
  var frameHistory = null;

  function urlFor(location) {
    var origin = window.location.origin;
    if (typeof location === 'string') return new URL(location, origin).href;
    switch (location.target) {
      case 'issue': return origin + '/browse/' + encodeURIComponent(location.issueKey);
      case 'projectSettingsDetails': return origin + '/jira/projects/' + encodeURIComponent(location.projectKey) + '/settings';
      case 'userProfile': return origin + '/people/' + encodeURIComponent(location.accountId);
      case 'dashboard': return origin + '/jira/dashboards/' + encodeURIComponent(location.dashboardId);
      case 'contentView': return origin + '/wiki/pages/' + encodeURIComponent(location.contentId);
      case 'contentEdit': return origin + '/wiki/pages/' + encodeURIComponent(location.contentId) + '/edit';
      case 'spaceView': return origin + '/wiki/spaces/' + encodeURIComponent(location.spaceKey);
      case 'contentList': return origin + '/wiki/spaces/' + encodeURIComponent(location.spaceKey) + '/pages';
      case 'module': return origin + '/apps/' + encodeURIComponent(location.moduleKey);
      default: throw new Error('Forge emulator: unknown navigation target ' + location.target);
    }
  }

  var channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('forge-bridge-events') : null;
  var subscribers = [];
  if (channel) {
    channel.onmessage = function (message) {
      subscribers.forEach(function (s) { if (s.event === message.data.event) s.callback(message.data.payload); });
    };
  }
  function subscribe(payload) {
    var entry = { event: payload.event, callback: payload.callback };
    subscribers.push(entry);
    return { unsubscribe: function () { subscribers = subscribers.filter(function (s) { return s !== entry; }); } };
  }
  // Product events the host page sends its frames (Jira's issue view: JIRA_ISSUE_CHANGED), only from the host.
  window.addEventListener('message', function (message) {
    var data = message.data;
    if (message.source !== window.parent || !data || data.source !== 'forge-host-event' || typeof data.event !== 'string') return;
    subscribers.forEach(function (s) { if (s.event === data.event) s.callback(data.payload); });
  });
  function publish(payload) {
    subscribers.forEach(function (s) { if (s.event === payload.event) s.callback(payload.payload); });
    if (channel) channel.postMessage({ event: payload.event, payload: payload.payload });
  }

  var handlers = {
    invoke: function (p) {
      return host('/emulator/bridge/invoke', { functionKey: p.functionKey, payload: p.payload }).then(function (answer) {
        return p.metadata ? { body: answer.result, metadata: {} } : answer.result;
      });
    },
    getContext: function () { return clone(context); },
    enableTheming: enableTheming,
    getTranslations: function (p) {
      return host('/emulator/bridge/translations', { locale: (p && p.locale) || context.locale });
    },
    submit: function (p) { return tell('submit', p); },
    close: function (p) { return tell('close', p); },
    open: function () { return tell('open', {}); },
    refresh: function (p) { return tell('refresh', p); },
    reload: function () { return tell('refresh', {}); },
    onClose: function () { return true; },
    navigate: function (p) {
      var url = p.url !== undefined ? new URL(p.url, window.location.origin).href : urlFor(p);
      return tell('navigate', Object.assign({}, p, { url: url }));
    },
    getUrl: function (location) { return urlFor(location); },
    createHistory: function () { if (!frameHistory) frameHistory = memoryHistory(); return frameHistory; },
    changeWindowTitle: function (title) { return tell('changeWindowTitle', { title: title }); },
    showFlag: function (p) { return tell('showFlag', p); },
    closeFlag: function (p) { return tell('closeFlag', p); },
    openModal: function (p) { return tell('openModal', p); },
    resize: function (p) { return tell('resize', p); },
    emit: function (p) { publish(p); return true; },
    emitPublic: function (p) { publish(p); return true; },
    on: function (p) { return subscribe(p); },
    onPublic: function (p) { return subscribe(p); },
    emitReadyEvent: function () { return true; },
    getFrameDispatch: function () { return function () {}; },
    fetchProduct: function (p) { return host('/emulator/bridge/fetch', p); }
  };

  window.__bridge = {
    callBridge: function (command, payload) {
      var handler = handlers[command];
      if (!handler) {
        var message = "Forge emulator: the bridge host does not implement '" + command + "'";
        console.error(message);
        return Promise.reject(new Error(message));
      }
      try {
        return Promise.resolve(handler(payload));
      } catch (error) {
        return Promise.reject(error);
      }
    }
  };

  // The host sizes the iframe to its content, as Jira and Confluence do. CSS resets often pin html and
  // body to the frame's own height, so the content (body's children) is measured, not the viewport.
  var lastHeight = -1;
  function contentHeight() {
    var body = document.body;
    if (!body) return document.documentElement.scrollHeight;
    var bottom = 0;
    for (var i = 0; i < body.children.length; i++) {
      var child = body.children[i];
      var rect = child.getBoundingClientRect();
      // A child pinned to the viewport still reports its overflowing content in scrollHeight.
      bottom = Math.max(bottom, rect.bottom + window.scrollY, rect.top + window.scrollY + child.scrollHeight);
    }
    var style = window.getComputedStyle(body);
    return bottom + (parseFloat(style.marginBottom) || 0) + (parseFloat(style.paddingBottom) || 0);
  }
  function reportSize() {
    var height = Math.ceil(contentHeight());
    if (height > 0 && height !== lastHeight) {
      lastHeight = height;
      tell('resize', { height: height });
    }
  }
  if (typeof ResizeObserver === 'function') {
    var observer = new ResizeObserver(reportSize);
    var watched = [];
    function watchChildren() {
      watched.forEach(function (el) { observer.unobserve(el); });
      watched = document.body ? Array.prototype.slice.call(document.body.children) : [];
      watched.forEach(function (el) { observer.observe(el); });
      reportSize();
    }
    document.addEventListener('DOMContentLoaded', function () {
      watchChildren();
      new MutationObserver(watchChildren).observe(document.body, { childList: true });
      // Content growing inside a pinned root changes no observed box: any DOM change re-measures.
      new MutationObserver(reportSize).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  }
  window.addEventListener('load', reportSize);
})();
`;
