//! The content's texts, lists and maps, which can be static data: borrowed
//! from the app's `.wasm` (baked at build time by [`crate::bake`]) or owned
//! when read from a file (build.rs and the native tests). They read and
//! print as `String`, `Vec` and a map do.

use serde::{Deserialize, Deserializer};
use std::borrow::{Borrow, Cow};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;

/// A text of the content.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(pub Cow<'static, str>);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Text {
        Text(Cow::Borrowed(text))
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(Cow::Owned(text))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(reader: D) -> Result<Self, D::Error> {
        String::deserialize(reader).map(Text::from)
    }
}

/// A list of the content.
#[derive(Clone, PartialEq)]
pub struct List<T: Clone + 'static>(pub Cow<'static, [T]>);

impl<T: Clone + 'static> List<T> {
    /// The items, to change (a copy first if they were static).
    pub fn to_mut(&mut self) -> &mut Vec<T> {
        self.0.to_mut()
    }

    pub fn as_slice(&self) -> &[T] {
        &self.0
    }
}

impl List<Text> {
    /// Whether the list holds this text.
    pub fn has(&self, text: &str) -> bool {
        self.0.iter().any(|t| *t.0 == *text)
    }

    /// The texts as owned strings.
    pub fn to_strings(&self) -> Vec<String> {
        self.0.iter().map(|t| t.to_string()).collect()
    }
}

impl<T: Clone + 'static> Default for List<T> {
    fn default() -> Self {
        List(Cow::Borrowed(&[]))
    }
}

impl<T: Clone + 'static> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

/// Changing an item copies static items first.
impl<T: Clone + 'static> std::ops::DerefMut for List<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.0.to_mut()
    }
}

impl<'l, T: Clone + 'static> IntoIterator for &'l List<T> {
    type Item = &'l T;
    type IntoIter = std::slice::Iter<'l, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'l, T: Clone + 'static> IntoIterator for &'l mut List<T> {
    type Item = &'l mut T;
    type IntoIter = std::slice::IterMut<'l, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.to_mut().iter_mut()
    }
}

impl<T: Clone + 'static> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List(Cow::Owned(items))
    }
}

impl<T: Clone + 'static> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        List(Cow::Owned(items.into_iter().collect()))
    }
}

impl<T: Clone + fmt::Debug + 'static> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl<'de, T: Clone + Deserialize<'de> + 'static> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(reader: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(reader).map(List::from)
    }
}

/// A map from id to value: its entries sorted by id, found by binary
/// search. (A `BTreeMap` could not be baked into a `static`.)
#[derive(Clone, PartialEq)]
pub struct Table<V: Clone + 'static>(pub List<(Text, V)>);

impl<V: Clone + 'static> Table<V> {
    fn at(&self, id: &str) -> Option<usize> {
        self.0.binary_search_by(|(key, _)| (**key).cmp(id)).ok()
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.at(id).map(|at| &self.0[at].1)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut V> {
        let at = self.at(id)?;
        Some(&mut self.0.to_mut()[at].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.at(id).is_some()
    }

    /// The ids, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(key, _)| &**key)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, value)| value)
    }
}

impl<'t, V: Clone + 'static> IntoIterator for &'t Table<V> {
    type Item = (&'t str, &'t V);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'t, (Text, V)>, fn(&'t (Text, V)) -> (&'t str, &'t V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(key, value)| (&**key, value))
    }
}

/// Prints as the map it stands for.
impl<V: Clone + fmt::Debug + 'static> fmt::Debug for Table<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self).finish()
    }
}

/// Read as a JSON object (a later duplicate id replaces an earlier one, as
/// with any map), kept sorted by id.
impl<'de, V: Clone + Deserialize<'de> + 'static> Deserialize<'de> for Table<V> {
    fn deserialize<D: Deserializer<'de>>(reader: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, V>::deserialize(reader)?;
        Ok(Table(
            map.into_iter().map(|(k, v)| (Text::from(k), v)).collect(),
        ))
    }
}
