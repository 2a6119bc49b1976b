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

    fn write(
        &self,
        report: &Report,
        _options: &RenderOptions,
        out: &mut dyn std::io::Write,
    ) -> anyhow::Result<()> {
        serde_json::to_writer_pretty(&mut *out, report)?;
        out.write_all(b"\n")?;
        Ok(())
    }
}
