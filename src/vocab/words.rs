//! Words of the case and policy formats: an enumeration written as one of a fixed set of words
//! (`release_to_buyer`, `bank_transfer`, `stance: refuses`…), read and printed the same way.

/// An enumeration written as one of a fixed set of words.
pub trait Choice: Sized + Copy + PartialEq + 'static {
    const CHOICES: &'static [(&'static str, Self)];

    fn name(self) -> &'static str {
        <Self as Spelling>::name(self)
    }

    fn names() -> Vec<&'static str> {
        <Self as Spelling>::names()
    }

    fn parse(word: &str) -> Option<Self> {
        <Self as Spelling>::parse(word)
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

/// How one context of a file writes the values of an enumeration: the case file's timeline
/// writes support as `cs` and the platform as `system`, its chat writes only the three who can
/// write there, a ruling writes support as `support`. One enum in the model, one table of words
/// per place it is read from, so that each place checks exactly its own words.
pub trait Spelling: 'static {
    type Word: Copy + PartialEq + 'static;
    const WORDS: &'static [(&'static str, Self::Word)];

    fn name(word: Self::Word) -> &'static str {
        Self::WORDS
            .iter()
            .find(|(_, value)| *value == word)
            .map(|(name, _)| *name)
            .unwrap_or("?")
    }

    fn names() -> Vec<&'static str> {
        Self::WORDS.iter().map(|(name, _)| *name).collect()
    }

    fn parse(written: &str) -> Option<Self::Word> {
        Self::WORDS
            .iter()
            .find(|(name, _)| *name == written)
            .map(|(_, value)| *value)
    }
}

/// An enumeration is spelled by its own words wherever no other spelling is named.
impl<T: Choice> Spelling for T {
    type Word = T;
    const WORDS: &'static [(&'static str, T)] = T::CHOICES;
}

/// Declares a [`Spelling`]: a type that is only a table of words for values of an enum, and
/// the JSON Schema of those words under the name the schema gives them.
macro_rules! spelling {
    ($(#[doc = $doc:expr])* $name:ident as $schema:literal for $word:ident { $($written:literal => $value:ident),+ $(,)? }) => {
        $(#[doc = $doc])*
        pub enum $name {}
        impl $crate::vocab::words::Spelling for $name {
            type Word = $word;
            const WORDS: &'static [(&'static str, $word)] = &[$(($written, $word::$value)),+];
        }
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $schema.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let description: Vec<&str> = [$($doc),*].iter().map(|line| line.trim()).collect();
                schemars::json_schema!({
                    "description": description.join(" "),
                    "type": "string",
                    "enum": [$($written),+],
                })
            }
        }
    };
}
pub(crate) use spelling;
