//! The configurator's checker: the app's own configuration parser, exported
//! to JavaScript so static/configurator.js checks settings by exactly the
//! rules the check itself applies (one source of rules).

use crate::domain::baked;
use crate::domain::config::{check, DEFAULT_COLOURS, DEFAULT_EXIT_URL};
use crate::domain::content::languages;
use crate::domain::text::Texts;
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

/// Check settings JSON. `first_line` is the line of the page on which the
/// settings text begins (1 for settings on their own). Returns JSON:
/// `{"problems": [{"field": "exit.url" or null, "message": "…", "line": 3 or null}]}`.
#[wasm_bindgen]
pub fn check_config(json: &str, first_line: u32) -> String {
    let problems: Vec<Value> = check(json, baked::HELP, first_line as usize)
        .1
        .into_iter()
        .map(|p| json!({"field": p.field, "message": p.message, "line": p.line}))
        .collect();
    json!({ "problems": problems }).to_string()
}

/// What the configurator offers, from the shipped content: languages (code,
/// name in itself, direction, `source`/`draft`/`reviewed`), places (id and
/// English name), the default exit page and the built-in colours. Returns JSON.
#[wasm_bindgen]
pub fn config_catalogue() -> String {
    let langs: Vec<Value> = languages()
        .iter()
        .filter(|l| !l.is_pseudo())
        .map(|l| json!({"code": l.code, "name": l.name, "dir": l.dir, "status": l.status()}))
        .collect();
    let english = languages().first().and_then(|l| Texts::of(l).ok());
    let places: Vec<Value> = baked::HELP
        .jurisdictions
        .iter()
        .map(|j| {
            let key = format!("jur.{}", j.id);
            let name = english
                .as_ref()
                .filter(|t| t.has(&key))
                .map_or(j.id.to_string(), |t| t.get(&key).to_string());
            json!({"id": j.id.as_str(), "name": name})
        })
        .collect();
    let mut colours = serde_json::Map::new();
    for (name, value) in DEFAULT_COLOURS {
        colours.insert(name.into(), Value::from(value));
    }
    json!({"languages": langs, "places": places, "default_exit": DEFAULT_EXIT_URL, "colours": colours})
        .to_string()
}
