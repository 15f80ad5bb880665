//! What a run works out once and shares between its cases: a policy read, the editions of an
//! id, the project of a folder, a language's words. [`Remembered`] holds such values by key.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

/// Values worked out the first time their key is asked for, and given again for the rest of
/// the run.
///
/// The work is done outside the lock, so that the cases of other keys do not wait for it. Two
/// threads asking for a new key at once may both do it; the first answer is kept and both get
/// it, so a run gives one answer per key.
pub struct Remembered<K, V> {
    known: Mutex<HashMap<K, V>>,
}

impl<K, V> Default for Remembered<K, V> {
    fn default() -> Self {
        Remembered {
            known: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Hash + Eq, V: Clone> Remembered<K, V> {
    /// The value of `key`, worked out by `work` the first time it is asked for.
    pub fn get<Q>(&self, key: &Q, work: impl FnOnce() -> V) -> V
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        if let Ok(known) = self.known.lock()
            && let Some(found) = known.get(key)
        {
            return found.clone();
        }
        let found = work();
        match self.known.lock() {
            Ok(mut known) => known.entry(key.to_owned()).or_insert(found).clone(),
            Err(_) => found,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::path::{Path, PathBuf};

    use super::*;

    #[test]
    fn a_key_is_worked_out_once_and_its_first_answer_kept() {
        let shelf: Remembered<PathBuf, u32> = Remembered::default();
        let works = Cell::new(0);
        let work = |answer| {
            works.set(works.get() + 1);
            answer
        };
        assert_eq!(shelf.get(Path::new("cases"), || work(1)), 1);
        assert_eq!(shelf.get(Path::new("cases"), || work(2)), 1);
        assert_eq!(shelf.get(Path::new("other"), || work(3)), 3);
        assert_eq!(works.get(), 2);
    }
}
