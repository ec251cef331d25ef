//! An option's name: what the user typed, or one derived from its settings (provider, GPU count
//! and GPU, weight precision), so that a catalog option renames itself when its GPU changes.

use super::{CapacitySpec, OptionSpec, ScenarioOption};

/// "h100" → "H100", "a100-80gb-pcie" → "A100-80GB-PCIE" (ASCII ids, so no Unicode tables).
pub fn short_gpu(id: &str) -> String {
    id.to_ascii_uppercase()
}

impl ScenarioOption {
    /// The name shown everywhere: the user's label, or the derived one when that is empty.
    pub fn display_label(&self) -> String {
        let typed = self.label.trim();
        if typed.is_empty() {
            self.derived_label()
        } else {
            typed.to_string()
        }
    }

    /// The name its settings give it: "Together", "RunPod 2×H200 FP8", "Modal serverless 1×H100
    /// BF16", "Own 1×H100".
    pub fn derived_label(&self) -> String {
        let provider = self.provider.as_deref();
        let Some(fleet) = self.spec.fleet() else {
            return provider.unwrap_or("Custom API").to_string();
        };
        let who = match (&self.spec, provider) {
            (OptionSpec::Owned { .. }, _) => "Own".to_string(),
            (OptionSpec::Serverless { .. }, p) => p.map_or("Serverless".to_string(), |p| format!("{p} serverless")),
            (_, Some(p)) => p.to_string(),
            _ => "Rented".to_string(),
        };
        let mut label = format!("{who} {}×{}", fleet.gpus_per_replica, short_gpu(&fleet.gpu));
        if let CapacitySpec::Estimated { weights, .. } = fleet.capacity {
            label.push(' ');
            label.push_str(&weights.id().to_ascii_uppercase());
        }
        label
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_label_wins_and_an_empty_one_follows_the_settings() {
        let mut o = ScenarioOption::tied("RunPod", OptionSpec::rented("l40s", 0.86));
        assert_eq!(o.display_label(), "RunPod 1×L40S BF16");
        let fleet = o.spec.fleet_mut().unwrap();
        fleet.gpu = "h200".into();
        fleet.gpus_per_replica = 2;
        assert_eq!(o.display_label(), "RunPod 2×H200 BF16");
        o.label = "Mine".into();
        assert_eq!(o.display_label(), "Mine");
        assert_eq!(ScenarioOption::new(" ", OptionSpec::api(1.0, 1.0)).display_label(), "Custom API");
    }
}
