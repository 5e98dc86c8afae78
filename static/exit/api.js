// For embed.js and the app: the language choice, texts, the exit itself,
// the place for the destination, keeping the exit in reach, start-up
// failure, settings, and the embedder's notice.
window.ClearSignsExit = {
  pick: pick,
  first: firstCode,
  exit: exit,
  translate: translate,
  setPlace: setPlace,
  destination: destination,
  keepInReach: keepInReach,
  failed: failed,
  addScope: function (scope) { scopes.push(scope); updateLinks(); },
  read: read,
  blockLine: blockLine,
  settings: settingsWhenReady,
  notice: notice,
  takeEarly: takeEarly,
  early: earlySetUp,
};
