// What the configurator's modules share: the page's elements by id, and the
// form's state beyond its fields.

export const $ = (id) => document.getElementById(id);

export const state = {
  checker: null,   // the wasm module: check_config, config_catalogue
  catalogue: null, // languages (code, name, status), places, default exit, built-in colours
  ticked: [],      // language codes in the order they were ticked
  about: {},       // line description by language code
  contact: {},     // the contact line by language code; '*' = every language
  leftOut: [],     // settings left out by the last "Put them in the form": [{field, message}]
};
