//! `survey --map FILE.geojson`: the authorities' boundaries (a GeoJSON file
//! the user downloads, each feature keyed by authority id), drawn as an inline
//! SVG coloured by an indicator (`--map-indicator`: the share of procedures
//! doable without the internet, or the counter's hours a week). The classes
//! differ in lightness and each is labelled with its bounds, and authorities
//! without data are hatched, so the legend reads in black and white too.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{t, Lang, Message};

use super::model::AuthoritySurvey;
use super::ranking::RankedIndicator;

/// Light to dark: a better value (a higher share doable offline, more hours) is darker.
const FILLS: [&str; 5] = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];

/// Each indicator's five classes: the legend's keys, and what a class spans.
fn legend_keys(indicator: RankedIndicator) -> [&'static str; 5] {
    match indicator {
        RankedIndicator::OfflineShare => [
            "sv-map-class-0",
            "sv-map-class-1",
            "sv-map-class-2",
            "sv-map-class-3",
            "sv-map-class-4",
        ],
        RankedIndicator::CounterHoursPerWeek => [
            "sv-map-hours-class-0",
            "sv-map-hours-class-1",
            "sv-map-hours-class-2",
            "sv-map-hours-class-3",
            "sv-map-hours-class-4",
        ],
    }
}

/// A polygon ring of (longitude, latitude) points.
type Ring = Vec<(f64, f64)>;

/// The boundaries, by the authority id found in each feature.
#[derive(Debug, Clone, Default)]
pub struct Map {
    shapes: Vec<(String, Vec<Ring>)>,
}

impl Map {
    /// Reads a GeoJSON FeatureCollection; a feature is keyed by its `id`, or
    /// by `properties.id`, `properties.code` or `properties.insee`.
    pub fn read(path: &Path) -> Result<Map, Diagnostics> {
        let text = crate::catalog::load::read_text(
            path,
            &crate::catalog::LoadOptions {
                max_file_bytes: 256 * 1024 * 1024,
            },
        )
        .map_err(|d| Diagnostics(vec![d]))?;
        Map::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Map, Diagnostics> {
        let value: Value = serde_json::from_str(text).map_err(|e| {
            Diagnostics(vec![Diagnostic::new(
                path,
                e.line() as u32,
                e.column() as u32,
                Message::new("sv-map-invalid-json")
                    .message("error", crate::diagnostic::json_error(&e)),
            )])
        })?;
        let Some(features) = value.get("features").and_then(Value::as_array) else {
            return Err(Diagnostics(vec![Diagnostic::new(
                path,
                1,
                1,
                Message::new("sv-map-no-features"),
            )]));
        };
        let mut shapes = Vec::new();
        for feature in features {
            let Some(id) = feature_id(feature) else {
                continue;
            };
            let geometry = &feature["geometry"];
            let coordinates = &geometry["coordinates"];
            let polygons: Vec<&Value> = match geometry["type"].as_str() {
                Some("Polygon") => vec![coordinates],
                Some("MultiPolygon") => coordinates
                    .as_array()
                    .map(|a| a.iter().collect())
                    .unwrap_or_default(),
                _ => continue,
            };
            let rings: Vec<Ring> = polygons
                .iter()
                .filter_map(|p| p.as_array())
                .flatten()
                .filter_map(|ring| {
                    let points: Ring = ring
                        .as_array()?
                        .iter()
                        .filter_map(|pt| Some((pt.get(0)?.as_f64()?, pt.get(1)?.as_f64()?)))
                        // GeoJSON is longitude and latitude (RFC 7946): a
                        // point elsewhere (±1e308) would stretch the map's
                        // bounds until every shape collapses.
                        .filter(|(x, y)| (-180.0..=180.0).contains(x) && (-90.0..=90.0).contains(y))
                        .collect();
                    (points.len() >= 3).then_some(points)
                })
                .collect();
            if !rings.is_empty() {
                shapes.push((id, rings));
            }
        }
        Ok(Map { shapes })
    }

    /// The number of authorities the map can draw.
    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    /// The map of `authorities` (the shapes of others are left out) as an
    /// SVG element coloured by `indicator`, with a title, a description and
    /// a legend; `None` when none of them has a shape.
    pub fn svg(
        &self,
        authorities: &[&AuthoritySurvey],
        indicator: RankedIndicator,
        lang: Lang,
    ) -> Option<String> {
        let values: HashMap<&str, (&str, Option<f64>)> = authorities
            .iter()
            .map(|a| (a.id.as_str(), (a.name.as_str(), indicator.value_of(a))))
            .collect();
        let shapes: Vec<&(String, Vec<Ring>)> = self
            .shapes
            .iter()
            .filter(|(id, _)| values.contains_key(id.as_str()))
            .collect();
        if shapes.is_empty() {
            return None;
        }
        let (title, desc) = match indicator {
            RankedIndicator::OfflineShare => ("sv-map-title", "sv-map-desc"),
            RankedIndicator::CounterHoursPerWeek => ("sv-map-hours-title", "sv-map-hours-desc"),
        };
        let points = shapes.iter().flat_map(|(_, rings)| rings.iter().flatten());
        let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(x, y) in points {
            min_x = min_x.min(x);
            max_x = max_x.max(x);
            min_y = min_y.min(y);
            max_y = max_y.max(y);
        }
        // Longitude shrinks with latitude: an equirectangular projection
        // around the middle latitude keeps a commune's shape recognisable.
        let shrink = ((min_y + max_y) / 2.0).to_radians().cos().abs().max(0.1);
        let width_deg = ((max_x - min_x) * shrink).max(1e-9);
        let height_deg = (max_y - min_y).max(1e-9);
        let width = 800.0;
        let height = (width * height_deg / width_deg).clamp(100.0, 1200.0);
        let scale = (width / width_deg).min(height / height_deg);
        let project = |(x, y): (f64, f64)| ((x - min_x) * shrink * scale, (max_y - y) * scale);
        let legend_height = 30.0 * (FILLS.len() as f64 + 1.0) + 10.0;

        let mut svg = String::new();
        let _ = write!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0} {h:.0}" role="img" aria-labelledby="map-svg-title map-svg-desc"><title id="map-svg-title">{title}</title><desc id="map-svg-desc">{desc}</desc>"#,
            w = width,
            h = height + legend_height,
            title = escape(&t(lang, title)),
            desc = escape(&t(lang, desc)),
        );
        svg.push_str(r##"<defs><pattern id="map-no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#555" stroke-width="1.5"/></pattern></defs>"##);
        for (id, rings) in shapes {
            let (name, value) = values
                .get(id.as_str())
                .copied()
                .unwrap_or((id.as_str(), None));
            let fill = match value {
                Some(v) => FILLS[class_of(indicator, v)].to_owned(),
                None => "url(#map-no-data)".to_owned(),
            };
            let label = match value {
                Some(v) => format!(
                    "{name} : {}",
                    super::render::html::indicator_value(indicator, v, lang)
                ),
                None => format!("{name} : {}", t(lang, "sv-map-no-data")),
            };
            let mut d = String::new();
            for ring in rings {
                for (i, &point) in ring.iter().enumerate() {
                    let (x, y) = project(point);
                    let _ = write!(d, "{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" });
                }
                d.push('Z');
            }
            let _ = write!(
                svg,
                r##"<path d="{d}" fill="{fill}" stroke="#333" stroke-width="0.6"><title>{}</title></path>"##,
                escape(&label)
            );
        }
        let _ = write!(
            svg,
            r#"<g class="legend" transform="translate(10,{:.0})">"#,
            height + 10.0
        );
        let entries = FILLS
            .iter()
            .zip(legend_keys(indicator))
            .map(|(fill, key)| (fill.to_string(), t(lang, key)))
            .chain([("url(#map-no-data)".to_owned(), t(lang, "sv-map-no-data"))]);
        for (i, (fill, label)) in entries.enumerate() {
            let y = i as f64 * 30.0;
            let _ = write!(
                svg,
                r##"<rect x="0" y="{y:.0}" width="24" height="20" fill="{fill}" stroke="#333"/><text x="32" y="{:.0}">{}</text>"##,
                y + 15.0,
                escape(&label)
            );
        }
        svg.push_str("</g></svg>");
        Some(svg)
    }
}

fn feature_id(feature: &Value) -> Option<String> {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    text(&feature["id"]).or_else(|| {
        ["id", "code", "insee"]
            .iter()
            .find_map(|k| text(&feature["properties"][*k]))
    })
}

/// The class of a value: five equal steps of 20 % of the share, or of 10
/// hours a week (40 hours and more in the last).
fn class_of(indicator: RankedIndicator, value: f64) -> usize {
    let step = match indicator {
        RankedIndicator::OfflineShare => value * 5.0,
        RankedIndicator::CounterHoursPerWeek => value / 10.0,
    };
    (step.max(0.0).floor() as usize).min(FILLS.len() - 1)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GEOJSON: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","id":"fr-00001","properties":{"nom":"A"},"geometry":{"type":"Polygon","coordinates":[[[4.0,45.0],[4.1,45.0],[4.1,45.1],[4.0,45.1],[4.0,45.0]]]}},
      {"type":"Feature","properties":{"code":"fr-00002"},"geometry":{"type":"MultiPolygon","coordinates":[[[[4.1,45.0],[4.2,45.0],[4.2,45.1],[4.1,45.0]]]]}},
      {"type":"Feature","properties":{"code":"fr-00003"},"geometry":{"type":"Point","coordinates":[4.0,45.0]}},
      {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[4.0,45.0],[4.1,45.0],[4.1,45.1]]]}}
    ]}"#;

    #[test]
    fn features_are_keyed_by_id_or_code_and_points_are_skipped() {
        let map = Map::parse(Path::new("m.geojson"), GEOJSON).unwrap();
        let ids: Vec<&str> = map.shapes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["fr-00001", "fr-00002"]);
    }

    #[test]
    fn points_outside_longitude_and_latitude_are_left_out() {
        let far = GEOJSON.replace(
            "[[[4.0,45.0],[4.1,45.0],[4.1,45.1]]]",
            "[[[1e308,45.0],[-1e308,45.0],[4.1,1e308],[4.0,-1e308]]]",
        );
        let far = far.replace(
            r#""properties":{},"#,
            r#""properties":{"code":"fr-00004"},"#,
        );
        let map = Map::parse(Path::new("m.geojson"), &far).unwrap();
        let ids: Vec<&str> = map.shapes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["fr-00001", "fr-00002"]);
        let points = map.shapes.iter().flat_map(|(_, r)| r.iter().flatten());
        assert!(points
            .into_iter()
            .all(|(x, y)| x.abs() <= 180.0 && y.abs() <= 90.0));
        // The same feature with honest points is kept.
        let near = GEOJSON.replace(
            r#""properties":{},"#,
            r#""properties":{"code":"fr-00004"},"#,
        );
        assert_eq!(
            Map::parse(Path::new("m.geojson"), &near)
                .unwrap()
                .shapes
                .len(),
            3
        );
    }

    #[test]
    fn classes_cover_zero_to_one() {
        let share = RankedIndicator::OfflineShare;
        assert_eq!(class_of(share, 0.0), 0);
        assert_eq!(class_of(share, 0.19), 0);
        assert_eq!(class_of(share, 0.2), 1);
        assert_eq!(class_of(share, 0.99), 4);
        assert_eq!(class_of(share, 1.0), 4);
        let hours = RankedIndicator::CounterHoursPerWeek;
        assert_eq!(class_of(hours, 9.5), 0);
        assert_eq!(class_of(hours, 10.0), 1);
        assert_eq!(class_of(hours, 39.0), 3);
        assert_eq!(class_of(hours, 60.0), 4);
    }

    #[test]
    fn invalid_json_is_a_located_error() {
        let err = Map::parse(Path::new("m.geojson"), "{\n  \"features\": [,]\n}").unwrap_err();
        assert_eq!(err.0[0].line, 2);
        let err = Map::parse(Path::new("m.geojson"), "{\"type\": \"x\"}").unwrap_err();
        assert_eq!(err.0.len(), 1);
    }
}
