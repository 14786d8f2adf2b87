//! Writes a serde-serializable value as a Rust expression, so the build script can bake the
//! content files into the binary as plain values instead of shipping a TOML parser to the reader.
//!
//! The expression is constant (it can initialise a `static`): strings and sequences are written
//! as borrowed `Cow`s, so the baked content costs no allocation and no building code.
//!
//! Supported: booleans, integers, floats, strings (`Cow::Borrowed("…")`), sequences
//! (`Cow::Borrowed(&[…])`),
//! `Option`, structs (`Name { field: value, }`, the type must be in scope where the code is
//! included) and unit enum variants (`Name::ALL[index]`, so the enum needs an `ALL` array in
//! declaration order). Anything else is an error naming what was met.

use serde::ser::{self, Serialize};
use std::fmt::{self, Write};

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The Rust expression that rebuilds `value`.
pub fn to_rust<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut w = Writer { out: String::new() };
    value.serialize(&mut w)?;
    Ok(w.out)
}

struct Writer {
    out: String,
}

fn unsupported(what: &str) -> Error {
    Error(format!("rust_literal: {what} is not supported"))
}

type R = Result<(), Error>;

macro_rules! plain {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> R {
            write!(self.out, "{v:?}").map_err(ser::Error::custom)
        }
    )*};
}

impl ser::Serializer for &mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    plain!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char);

    fn serialize_str(self, v: &str) -> R {
        write!(self.out, "Cow::Borrowed({v:?})").map_err(ser::Error::custom)
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> R {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        self.out.push_str("Some(");
        v.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> R {
        self.out.push_str("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> R {
        self.out.push_str(name);
        Ok(())
    }
    fn serialize_unit_variant(self, name: &'static str, index: u32, _: &'static str) -> R {
        write!(self.out, "{name}::ALL[{index}]").map_err(ser::Error::custom)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, v: &T) -> R {
        write!(self.out, "{name}(").map_err(ser::Error::custom)?;
        v.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> R {
        Err(unsupported("a newtype enum variant"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        self.out.push_str("Cow::Borrowed(&[");
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported("a tuple"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported("a tuple struct"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("a tuple enum variant"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a map"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Error> {
        write!(self.out, "{name} {{ ").map_err(ser::Error::custom)?;
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("a struct enum variant"))
    }
}

impl ser::SerializeSeq for &mut Writer {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        v.serialize(&mut **self)?;
        self.out.push_str(", ");
        Ok(())
    }
    fn end(self) -> R {
        self.out.push_str("])");
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Writer {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
        write!(self.out, "{key}: ").map_err(ser::Error::custom)?;
        v.serialize(&mut **self)?;
        self.out.push_str(", ");
        Ok(())
    }
    fn end(self) -> R {
        self.out.push('}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    enum Kind {
        #[allow(dead_code)]
        A,
        B,
    }
    #[derive(Serialize)]
    struct Inner {
        kind: Kind,
        n: Option<u8>,
    }
    #[derive(Serialize)]
    struct Outer {
        name: std::borrow::Cow<'static, str>,
        xs: Vec<Inner>,
        ratio: f64,
    }

    #[test]
    fn writes_structs_vecs_strings_and_variants() {
        let v = Outer {
            name: "\"<b>\" 한국어\n".into(),
            xs: vec![
                Inner {
                    kind: Kind::B,
                    n: Some(3),
                },
                Inner {
                    kind: Kind::B,
                    n: None,
                },
            ],
            ratio: 5.0,
        };
        assert_eq!(
            to_rust(&v).unwrap(),
            "Outer { name: Cow::Borrowed(\"\\\"<b>\\\" 한국어\\n\"), xs: Cow::Borrowed(&[Inner { kind: Kind::ALL[1], \
             n: Some(3), }, Inner { kind: Kind::ALL[1], n: None, }, ]), ratio: 5.0, }"
        );
    }

    #[test]
    fn maps_are_refused_with_a_message() {
        let m: std::collections::BTreeMap<String, u8> = Default::default();
        assert!(to_rust(&m).unwrap_err().to_string().contains("map"));
    }
}
