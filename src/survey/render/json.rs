//! `survey --format json`: the survey model as it is (docs/survey-json.md).

use crate::survey::model::Survey;

pub fn render(survey: &Survey) -> anyhow::Result<String> {
    let mut text = serde_json::to_string_pretty(survey)?;
    text.push('\n');
    Ok(text)
}
