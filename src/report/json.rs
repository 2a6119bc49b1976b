//! `--format json`: the report model as JSON, nothing else on the stream.

use super::model::Report;
use super::{RenderOptions, Reporter};

pub struct JsonReporter;

impl Reporter for JsonReporter {
    fn render(&self, report: &Report, _options: &RenderOptions) -> anyhow::Result<String> {
        let mut text = serde_json::to_string_pretty(report)?;
        text.push('\n');
        Ok(text)
    }
}
