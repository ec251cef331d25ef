//! Numeric precisions for weights and the KV cache.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Fp16,
    Bf16,
    Fp8,
    Int8,
    /// Weight-only 4-bit integer (e.g. AWQ/GPTQ); compute runs in 16-bit.
    Int4,
    /// 4-bit float with block scales (NVFP4/MXFP4); Blackwell computes in it natively.
    Fp4,
}

impl Precision {
    pub const ALL: [Precision; 6] = [Precision::Fp16, Precision::Bf16, Precision::Fp8, Precision::Int8, Precision::Int4, Precision::Fp4];

    /// Bytes per stored value, including block scales for 4-bit formats (one 8-bit scale per 16 or 32 values).
    pub fn bytes(self) -> f64 {
        match self {
            Precision::Fp16 | Precision::Bf16 => 2.0,
            Precision::Fp8 | Precision::Int8 => 1.0,
            Precision::Int4 | Precision::Fp4 => 0.5625,
        }
    }

    /// The link and command-line spelling: `fp16`, `bf16`, `fp8`, `int8`, `int4`, `fp4`.
    pub fn id(self) -> &'static str {
        match self {
            Precision::Fp16 => "fp16",
            Precision::Bf16 => "bf16",
            Precision::Fp8 => "fp8",
            Precision::Int8 => "int8",
            Precision::Int4 => "int4",
            Precision::Fp4 => "fp4",
        }
    }

    /// KV cache precision used when none is given: the weight precision for fp16/bf16/fp8, else fp16.
    pub fn default_kv(self) -> Precision {
        match self {
            Precision::Fp16 | Precision::Bf16 | Precision::Fp8 => self,
            _ => Precision::Fp16,
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Precision {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Precision::ALL
            .into_iter()
            .find(|p| p.id().eq_ignore_ascii_case(s))
            .ok_or_else(|| format!("unknown precision '{s}'; valid: fp16, bf16, fp8, int8, int4, fp4"))
    }
}
