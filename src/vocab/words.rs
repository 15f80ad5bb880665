//! Words of the case and policy formats: an enumeration written as one of a fixed set of words
//! (`release_to_buyer`, `bank_transfer`, `stance: refuses`…), read and printed the same way.

/// An enumeration written as one of a fixed set of words.
pub trait Choice: Sized + Copy + 'static {
    const CHOICES: &'static [(&'static str, Self)];

    fn name(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::CHOICES
            .iter()
            .find(|(_, value)| *value == self)
            .map(|(name, _)| *name)
            .unwrap_or("?")
    }

    fn names() -> Vec<&'static str> {
        Self::CHOICES.iter().map(|(name, _)| *name).collect()
    }

    fn parse(word: &str) -> Option<Self> {
        Self::CHOICES
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, value)| *value)
    }
}

/// Declares an enumeration of words: the enum, its [`Choice`] table, `as_str` and `Display`.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, schemars::JsonSchema)]
        pub enum $name {
            $(#[serde(rename = $word)] $variant),+
        }
        impl $crate::vocab::words::Choice for $name {
            const CHOICES: &'static [(&'static str, $name)] = &[$(($word, $name::$variant)),+];
        }
        impl $name {
            pub fn as_str(self) -> &'static str {
                $crate::vocab::words::Choice::name(self)
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use word_enum;
