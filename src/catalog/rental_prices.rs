//! GPU rental prices per provider, $ per GPU-hour (instance price / GPUs in the instance).

use super::{Pricing, RentalPrice};

/// Every rental price the catalog ships.
pub const RENTAL_PRICES: &[RentalPrice] = &[
    RentalPrice {
        gpu: "a100-40gb",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p4d.24xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.7447,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "SkyPilot v8 shows same 21.95764",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-40gb",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p4d.24xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 1.7401,
        pricing: Pricing::Reserved1y,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-40gb",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p4d.24xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 0.7547,
        pricing: Pricing::Spot,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-2 (use2-az1)",
        source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv @00148f2af3672e2229b4f7bf8157d5a3f36e3c35",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot fluctuates; 6.04-6.10 in use2-az1/az2",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p4de.24xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 3.4309,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "SkyPilot v8 agrees",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p4de.24xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.1752,
        pricing: Pricing::Reserved1y,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p4de.24xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 1.0813,
        pricing: Pricing::Spot,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1 (use1-az6)",
        source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv @00148f2af3672e2229b4f7bf8157d5a3f36e3c35",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "8.65-9.97 across AZs",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p5.48xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 6.88,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "amorton45/aws-gpu-price-tracker gpu_prices.csv @b81b52d09be8a9c9dcc8fad26adeee559004c23e (daily AWS Pricing API pull)",
        as_of: "2026-08-22",
        #[cfg(not(target_arch = "wasm32"))]
        note: "$98.32 until 2025-06-05 price cut",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h100",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p5.4xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 6.88,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "single-GPU size",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h100",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p5.48xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.2036,
        pricing: Pricing::Spot,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1 (use1-az6)",
        source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv @00148f2af3672e2229b4f7bf8157d5a3f36e3c35",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "17.6-25.8 in us-east-1; 11.25-11.99 in us-east-2",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h200",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p5en.48xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 7.912,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "p5e.48xlarge: Capacity Blocks only (no on-demand)",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h200",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p5en.48xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.0694,
        pricing: Pricing::Spot,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1 (use1-az6)",
        source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv @00148f2af3672e2229b4f7bf8157d5a3f36e3c35",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "16.6-18.2 in us-east-1",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "b200",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p6-b200.48xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 14.2416,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv @00148f2af3672e2229b4f7bf8157d5a3f36e3c35",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "tsaol/aws-gpu p6-b200 file agrees",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "b200",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "p6-b200.48xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.6269,
        pricing: Pricing::Spot,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1 (use1-az6)",
        source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv @00148f2af3672e2229b4f7bf8157d5a3f36e3c35",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "13.0-21.0 in us-east-1",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g6e.xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.861,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "4 vCPU host; SkyPilot v8 agrees",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g6e.xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.1724,
        pricing: Pricing::Reserved1y,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g6e.12xlarge",
        gpus_per_instance: 4,
        usd_per_gpu_hour: 2.6232,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g6e.48xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 3.7664,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g6e.xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.6538,
        pricing: Pricing::Spot,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-west-2 (usw2-az3)",
        source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv @00148f2af3672e2229b4f7bf8157d5a3f36e3c35",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "0.65-0.72 us-west-2",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "l4",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g6.xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.8048,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "SkyPilot v8 agrees",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l4",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g6.xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.5239,
        pricing: Pricing::Reserved1y,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l4",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g6.xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.349,
        pricing: Pricing::Spot,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1 (use1-az4)",
        source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv @00148f2af3672e2229b4f7bf8157d5a3f36e3c35",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "0.35-0.40",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a10g",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g5.xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.006,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a10g",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g5.xlarge",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.6338,
        pricing: Pricing::Reserved1y,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a10g",
        provider: "AWS",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g5.48xlarge",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.036,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-east-1",
        source: "tsaol/aws-gpu data/all_gpu_instances.js @77fcd9fe1d0652fd07b830e5ed030d61da87923e (generated from instances.vantage.sh, data dated 2025-11-30; reserved = 1yr Standard No-Upfront)",
        as_of: "2025-11-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb-pcie",
        provider: "Azure",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "Standard_NC24ads_A100_v4",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.673,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "eastus",
        source: "Azure Retail Prices API (eastus, Linux PAYG) values as reproduced in multiple public code snapshots in the search index; corroborated by rmmartins.com/2026/06/11/cost-engineering-for-ai-when-idle-gpus-cost-more-than-your-car/",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "rmmartins.com (2026-06-11) uses $3.67/h",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-40gb",
        provider: "Azure",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "Standard_ND96asr_v4",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 3.3996,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "eastus",
        source: "Azure Retail Prices API (eastus, Linux PAYG) values as reproduced in multiple public code snapshots in the search index; corroborated by rmmartins.com/2026/06/11/cost-engineering-for-ai-when-idle-gpus-cost-more-than-your-car/",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "Azure",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "Standard_ND96amsr_A100_v4",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 4.096,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "eastus",
        source: "Azure Retail Prices API (eastus, Linux PAYG) values as reproduced in multiple public code snapshots in the search index; corroborated by rmmartins.com/2026/06/11/cost-engineering-for-ai-when-idle-gpus-cost-more-than-your-car/",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "Azure",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "Standard_ND96isr_H100_v5",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 12.29,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "eastus",
        source: "Azure Retail Prices API (eastus, Linux PAYG) values as reproduced in multiple public code snapshots in the search index; corroborated by rmmartins.com/2026/06/11/cost-engineering-for-ai-when-idle-gpus-cost-more-than-your-car/",
        as_of: "2026-06-11",
        #[cfg(not(target_arch = "wasm32"))]
        note: "rmmartins.com: \"~$98/hour\"",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "mi300x",
        provider: "Azure",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "Standard_ND96isr_MI300X_v5",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 6.0,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "eastus",
        source: "https://www.cliffcenter.com/research/amd-inference-economics (2026-05-18)",
        as_of: "2026-05-18",
        #[cfg(not(target_arch = "wasm32"))]
        note: "cliffcenter: Azure MI300X ~$6/GPU-hr (instance price derived)",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-40gb",
        provider: "GCP",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "a2-highgpu-1g",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.6733,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-central1",
        source: "GCP on-demand (us-central1) values as reproduced in multiple public code snapshots in the search index (verify with Cloud Billing Catalog API)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "VM+GPU total; SkyPilot v8 gcp/vms.csv lists VM part 0.73948 (spot 0.36975)",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "GCP",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "a2-ultragpu-1g",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 5.0688,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-central1",
        source: "GCP on-demand (us-central1) values as reproduced in multiple public code snapshots in the search index (verify with Cloud Billing Catalog API)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "GCP",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "a3-highgpu-8g",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 11.0613,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-central1",
        source: "GCP on-demand (us-central1) values as reproduced in multiple public code snapshots in the search index (verify with Cloud Billing Catalog API)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "older snapshots show 98.26-101.22",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h200",
        provider: "GCP",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "a3-ultragpu-8g",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 10.6009,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-central1",
        source: "GCP on-demand (us-central1) values as reproduced in multiple public code snapshots in the search index (verify with Cloud Billing Catalog API)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "l4",
        provider: "GCP",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "g2-standard-4",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.7068,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-central1",
        source: "GCP on-demand (us-central1) values as reproduced in multiple public code snapshots in the search index (verify with Cloud Billing Catalog API)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "snapshots range 0.70-0.72",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a10g",
        provider: "Lambda",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu_1x_a10",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.29,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-*",
        source: "skypilot-org/skypilot-catalog catalogs/v8/lambda/vms.csv @0f4070387edc953d7004cff197940e1918a1d6aa",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "Lambda",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu_8x_a100_80gb_sxm4",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.79,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-*",
        source: "skypilot-org/skypilot-catalog catalogs/v8/lambda/vms.csv @0f4070387edc953d7004cff197940e1918a1d6aa",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100-pcie",
        provider: "Lambda",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu_1x_h100_pcie",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.29,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-*",
        source: "skypilot-org/skypilot-catalog catalogs/v8/lambda/vms.csv @0f4070387edc953d7004cff197940e1918a1d6aa",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "Lambda",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu_1x_h100_sxm5",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 4.29,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-*",
        source: "skypilot-org/skypilot-catalog catalogs/v8/lambda/vms.csv @0f4070387edc953d7004cff197940e1918a1d6aa",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "Lambda",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu_8x_h100_sxm5",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 3.99,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-*",
        source: "skypilot-org/skypilot-catalog catalogs/v8/lambda/vms.csv @0f4070387edc953d7004cff197940e1918a1d6aa",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "cliffcenter.com (2026-05-18) quotes Lambda H100 at $2.99/GPU-hr - conflicting; verify",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "b200",
        provider: "Lambda",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu_1x_b200_sxm6",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 6.99,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-*",
        source: "skypilot-org/skypilot-catalog catalogs/v8/lambda/vms.csv @0f4070387edc953d7004cff197940e1918a1d6aa",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "b200",
        provider: "Lambda",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu_8x_b200_sxm6",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 6.69,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-*",
        source: "skypilot-org/skypilot-catalog catalogs/v8/lambda/vms.csv @0f4070387edc953d7004cff197940e1918a1d6aa",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-80gb-pcie",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x_A100-80GB_SECURE",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.64,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US/EU",
        source: "skypilot-org/skypilot-catalog catalogs/v7/runpod/vms.csv @0727c2bd9e77f91cb1377127c5f793a28cf01384 (Secure Cloud)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot 1.19",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x_A100-80GB-SXM_SECURE",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.89,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US/EU",
        source: "skypilot-org/skypilot-catalog catalogs/v7/runpod/vms.csv @0727c2bd9e77f91cb1377127c5f793a28cf01384 (Secure Cloud)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x_H100-SXM_SECURE",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 2.99,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US/EU",
        source: "skypilot-org/skypilot-catalog catalogs/v7/runpod/vms.csv @0727c2bd9e77f91cb1377127c5f793a28cf01384 (Secure Cloud)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot 2.69; Spheron blog (2026-05-22) says ~$2.69 secure, community $1.80-2.40",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h200",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x_H200-SXM_SECURE",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.99,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US/EU",
        source: "skypilot-org/skypilot-catalog catalogs/v7/runpod/vms.csv @0727c2bd9e77f91cb1377127c5f793a28cf01384 (Secure Cloud)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot 3.59",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "l4",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x_L4_SECURE",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.44,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US/EU",
        source: "skypilot-org/skypilot-catalog catalogs/v7/runpod/vms.csv @0727c2bd9e77f91cb1377127c5f793a28cf01384 (Secure Cloud)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x_L40S_SECURE",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.86,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US/EU",
        source: "skypilot-org/skypilot-catalog catalogs/v7/runpod/vms.csv @0727c2bd9e77f91cb1377127c5f793a28cf01384 (Secure Cloud)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "catalog columns look swapped (0.86 in SpotPrice, 0.43 in Price); 0.86 matches Modal blog Aug-2025 RunPod L40S on-demand",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "rtx-4090",
        provider: "RunPod",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "NVIDIA GeForce RTX 4090",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.69,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "secure cloud",
        source: "RunPod gpuTypes API values as seen in public test fixtures (low confidence)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "community cloud 0.34",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "Vast.ai",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x-H100_SXM",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.87,
        pricing: Pricing::Marketplace,
        #[cfg(not(target_arch = "wasm32"))]
        region: "Texas, US",
        source: "skypilot-org/skypilot-catalog catalogs/v8/vast/vms.csv @01b8cdda287814b30ff0acb49746cca19fbd4355 (lowest offers at snapshot)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "8x offer $16.00 -> $2.00/GPU",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h200",
        provider: "Vast.ai",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x-H200",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 2.65,
        pricing: Pricing::Marketplace,
        #[cfg(not(target_arch = "wasm32"))]
        region: "France",
        source: "skypilot-org/skypilot-catalog catalogs/v8/vast/vms.csv @01b8cdda287814b30ff0acb49746cca19fbd4355 (lowest offers at snapshot)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "8x offer $17.88 -> $2.235/GPU",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "b200",
        provider: "Vast.ai",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "2x-B200",
        gpus_per_instance: 2,
        usd_per_gpu_hour: 4.705,
        pricing: Pricing::Marketplace,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "skypilot-org/skypilot-catalog catalogs/v8/vast/vms.csv @01b8cdda287814b30ff0acb49746cca19fbd4355 (lowest offers at snapshot)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-40gb",
        provider: "Vast.ai",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x-A100_SXM4",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.76,
        pricing: Pricing::Marketplace,
        #[cfg(not(target_arch = "wasm32"))]
        region: "Georgia, US",
        source: "skypilot-org/skypilot-catalog catalogs/v8/vast/vms.csv @01b8cdda287814b30ff0acb49746cca19fbd4355 (lowest offers at snapshot)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "a100-80gb-pcie",
        provider: "Vast.ai",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x-A100_PCIE",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.87,
        pricing: Pricing::Marketplace,
        #[cfg(not(target_arch = "wasm32"))]
        region: "Oklahoma, US",
        source: "skypilot-org/skypilot-catalog catalogs/v8/vast/vms.csv @01b8cdda287814b30ff0acb49746cca19fbd4355 (lowest offers at snapshot)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "Vast.ai",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x-L40S",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.6,
        pricing: Pricing::Marketplace,
        #[cfg(not(target_arch = "wasm32"))]
        region: "Taiwan",
        source: "skypilot-org/skypilot-catalog catalogs/v8/vast/vms.csv @01b8cdda287814b30ff0acb49746cca19fbd4355 (lowest offers at snapshot)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "rtx-4090",
        provider: "Vast.ai",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x-RTX_4090",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 0.4,
        pricing: Pricing::Marketplace,
        #[cfg(not(target_arch = "wasm32"))]
        region: "Germany/US",
        source: "skypilot-org/skypilot-catalog catalogs/v8/vast/vms.csv @01b8cdda287814b30ff0acb49746cca19fbd4355 (lowest offers at snapshot)",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu-h100-sxm_8gpu-128vcpu-1600gb",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.95,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "eu-north1",
        source: "skypilot-org/skypilot-catalog catalogs/v8/nebius/vms.csv @0082b0435f3912ae4c566856b272455cc78f4f61",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot 10.00 (1.25/GPU)",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h200",
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu-h200-sxm_8gpu-128vcpu-1600gb",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 3.5,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "eu-north1/us-central1",
        source: "skypilot-org/skypilot-catalog catalogs/v8/nebius/vms.csv @0082b0435f3912ae4c566856b272455cc78f4f61",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot 11.60 (1.45/GPU)",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "b200",
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu-b200-sxm_8gpu-160vcpu-1792gb",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 5.5,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "us-central1",
        source: "skypilot-org/skypilot-catalog catalogs/v8/nebius/vms.csv @0082b0435f3912ae4c566856b272455cc78f4f61",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "Nebius",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "gpu-l40s-a_1gpu-8vcpu-32gb",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.5484,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "eu-north1",
        source: "skypilot-org/skypilot-catalog catalogs/v8/nebius/vms.csv @0082b0435f3912ae4c566856b272455cc78f4f61",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "Hyperbolic",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "1x-H100-75-722",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.29,
        pricing: Pricing::Marketplace,
        #[cfg(not(target_arch = "wasm32"))]
        region: "default",
        source: "skypilot-org/skypilot-catalog catalogs/v8/hyperbolic/vms.csv @0082b0435f3912ae4c566856b272455cc78f4f61",
        as_of: "undated snapshot (2026-era)",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: true,
    },
    RentalPrice {
        gpu: "h100",
        provider: "CoreWeave",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "HGX H100 8x",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 6.155,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://kaelresearch.com/blog/gpu-economics-real-inference-costs (CoreWeave list prices, \"as of February 2026\")",
        as_of: "2026-02",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h200",
        provider: "CoreWeave",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "HGX H200 8x",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 6.305,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://kaelresearch.com/blog/gpu-economics-real-inference-costs (CoreWeave list prices, \"as of February 2026\")",
        as_of: "2026-02",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "b200",
        provider: "CoreWeave",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "B200 8x",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 8.6,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://kaelresearch.com/blog/gpu-economics-real-inference-costs (CoreWeave list prices, \"as of February 2026\")",
        as_of: "2026-02",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "CoreWeave",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "A100 80GB 8x",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.7,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://kaelresearch.com/blog/gpu-economics-real-inference-costs (CoreWeave list prices, \"as of February 2026\")",
        as_of: "2026-02",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "CoreWeave",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "L40S 8x",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.25,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://kaelresearch.com/blog/gpu-economics-real-inference-costs (CoreWeave list prices, \"as of February 2026\")",
        as_of: "2026-02",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h100",
        provider: "Crusoe",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "H100 SXM",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.9,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://llm-inference-anatomy.pages.dev/economics (Crusoe list, undated 2026)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot 1.60",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h200",
        provider: "Crusoe",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "H200 SXM",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 4.29,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://llm-inference-anatomy.pages.dev/economics (Crusoe list, undated 2026)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "Crusoe",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "A100 80GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.95,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://llm-inference-anatomy.pages.dev/economics (Crusoe list, undated 2026)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot 1.30",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "mi300x",
        provider: "Crusoe",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "MI300X",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.45,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://llm-inference-anatomy.pages.dev/economics (Crusoe list, undated 2026)",
        as_of: "2026",
        #[cfg(not(target_arch = "wasm32"))]
        note: "spot 0.95 here; cliffcenter 2026-05-18 says Crusoe spot $1.71",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h100",
        provider: "DigitalOcean/Paperspace",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "H100 (1x)",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.39,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "global",
        source: "https://docs.digitalocean.com/products/droplets/details/pricing/ (validated 28 May 2026)",
        as_of: "2026-05-28",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "h100",
        provider: "DigitalOcean/Paperspace",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "H100 (8x)",
        gpus_per_instance: 8,
        usd_per_gpu_hour: 2.99,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "global",
        source: "https://docs.digitalocean.com/products/droplets/details/pricing/ (validated 28 May 2026)",
        as_of: "2026-05-28",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "mi300x",
        provider: "DigitalOcean/Paperspace",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "MI300X (1x)",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.99,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "global",
        source: "https://docs.digitalocean.com/products/droplets/details/pricing/ (validated 28 May 2026)",
        as_of: "2026-05-28",
        #[cfg(not(target_arch = "wasm32"))]
        note: "8x: $15.92",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "l40s",
        provider: "DigitalOcean/Paperspace",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "L40S (1x)",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.57,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "global",
        source: "https://docs.digitalocean.com/products/droplets/details/pricing/ (validated 28 May 2026)",
        as_of: "2026-05-28",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "mi300x",
        provider: "TensorWave",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "MI300X",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.5,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "US",
        source: "https://www.cliffcenter.com/research/amd-inference-economics (2026-05-18)",
        as_of: "2026-05-18",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "mi300x",
        provider: "Vultr",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "MI300X",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.85,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "global",
        source: "https://www.cliffcenter.com/research/amd-inference-economics (2026-05-18)",
        as_of: "2026-05-18",
        #[cfg(not(target_arch = "wasm32"))]
        note: "",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb",
        provider: "Lambda (as quoted in the article)",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "A100 80GB",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 1.79,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "",
        source: "Article \"LLM GPU or API? The Cost Will Surprise You\" (2025-03-30), citing lambda.ai pricing",
        as_of: "2025-03-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "price the article used; see the current Lambda row",
        low_confidence: false,
    },
    RentalPrice {
        gpu: "a100-80gb-pcie",
        provider: "Azure (as quoted in the article)",
        #[cfg(not(target_arch = "wasm32"))]
        instance: "Standard_NC24ads_A100_v4",
        gpus_per_instance: 1,
        usd_per_gpu_hour: 3.67,
        pricing: Pricing::OnDemand,
        #[cfg(not(target_arch = "wasm32"))]
        region: "",
        source: "Article \"LLM GPU or API? The Cost Will Surprise You\" (2025-03-30), citing instances.vantage.sh",
        as_of: "2025-03-30",
        #[cfg(not(target_arch = "wasm32"))]
        note: "price the article used (rounded); see the current Azure row",
        low_confidence: false,
    },
];
