//! Read-aloud with the browser's own speech synthesis, using LOCAL voices only:
//! a network voice would send the text to a third party.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// A voice that runs on this device for the language (`vi`, `pt-BR`…).
pub fn local_voice(lang: &str) -> Option<SpeechSynthesisVoice> {
    let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
    let voices = synth()?.get_voices();
    let local: Vec<SpeechSynthesisVoice> = voices
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(|v| v.local_service())
        .collect();
    let tag = |v: &SpeechSynthesisVoice| v.lang().replace('_', "-").to_ascii_lowercase();
    let exact = local
        .iter()
        .find(|v| tag(v) == lang.to_ascii_lowercase())
        .cloned();
    // Filipino voices are often tagged `tl` (the browser's aliases, read backwards).
    let alias = crate::domain::language::ALIASES
        .iter()
        .find(|(_, to)| *to == primary)
        .map_or(primary.as_str(), |(from, _)| from);
    exact.or_else(|| {
        local.into_iter().find(|v| {
            let t = tag(v);
            let p = t.split('-').next().unwrap_or_default();
            p == primary || p == alias
        })
    })
}

/// Speak `text` with a local voice, calling `done` when it ends. Returns false
/// (and says nothing) if there is no local voice.
pub fn speak(text: &str, lang: &str, done: impl FnOnce() + 'static) -> bool {
    let (Some(synth), Some(voice)) = (synth(), local_voice(lang)) else {
        return false;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    // Set the voice explicitly: the default voice may be a network one.
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    let end = Closure::once_into_js(done);
    utterance.set_onend(Some(end.unchecked_ref()));
    synth.cancel();
    synth.speak(&utterance);
    true
}

pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

pub fn speaking() -> bool {
    synth().is_some_and(|s| s.speaking())
}

/// Call `f` when the list of voices changes (voices load asynchronously).
pub fn on_voices_changed(f: impl Fn() + 'static) {
    let Some(synth) = synth() else { return };
    let handler = Closure::<dyn Fn()>::new(f);
    let _ =
        synth.add_event_listener_with_callback("voiceschanged", handler.as_ref().unchecked_ref());
    handler.forget(); // one listener per page
}
