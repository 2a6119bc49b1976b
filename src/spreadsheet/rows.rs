//! The catalogue as rows of the template (export side).

use serde::Serialize;

use super::template::{self, Column};
use super::Cell;
use crate::catalog::model::{CatalogFile, Channels, ContactChannel, PerChannel, Procedure};

/// The catalogue code of an enum value (`full`, `counter`…).
pub fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn codes<T: Serialize>(values: &[T]) -> String {
    values.iter().map(code).collect::<Vec<_>>().join(", ")
}

/// Fills the contact fields of `$c` (a `Contact` or a channel's inline
/// `ContactChannel`: the catalogue declares both with the same fields) in the
/// columns `$header` names from the Contacts sheet's header.
macro_rules! set_contact_fields {
    ($row:expr, $c:expr, $header:expr) => {{
        let header = $header;
        let c = $c;
        $row.set(&header("Nom"), opt_text(c.name.as_deref()));
        $row.set(&header("Adresse"), opt_text(c.address.as_deref()));
        $row.set(
            &header("Numéro"),
            opt_text(c.number.as_ref().map(|n| n.value.as_str())),
        );
        $row.set(
            &header("Horaires"),
            opt_text(c.opening_hours.as_ref().map(|h| h.value.as_str())),
        );
        $row.set(&header("Rendez-vous"), opt_code(c.appointment.as_ref()));
        $row.set(
            &header("Réservation"),
            c.booking
                .as_ref()
                .map_or(Cell::Empty, |b| Cell::text(booking_codes(b))),
        );
        $row.set(&header("De plain-pied"), opt_yes_no(c.step_free));
        $row.set(&header("Répondu par"), opt_code(c.answered_by.as_ref()));
        $row.set(&header("Tarif"), opt_code(c.tariff.as_ref()));
        $row.set(&header("Libre-service"), opt_yes_no(c.self_service));
        if c.to_confirm {
            $row.set(&header(template::TO_CONFIRM), yes_no(true));
        }
    }};
}

fn opt_code<T: Serialize>(value: Option<&T>) -> Cell {
    value.map_or(Cell::Empty, |v| Cell::text(code(v)))
}

/// `phone: population-tel, counter`: each way of booking, with the contact
/// that books when the catalogue names it (read back by the import).
fn booking_codes(booking: &[crate::catalog::model::Booking]) -> String {
    booking
        .iter()
        .map(|b| match &b.contact {
            Some(contact) => format!("{}: {}", b.method.as_str(), contact.value),
            None => b.method.as_str().to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn yes_no(value: bool) -> Cell {
    Cell::text(if value { "oui" } else { "non" })
}

fn opt_yes_no(value: Option<bool>) -> Cell {
    value.map_or(Cell::Empty, yes_no)
}

fn opt_text(value: Option<&str>) -> Cell {
    value.map_or(Cell::Empty, Cell::text)
}

fn opt_number(value: Option<f64>) -> Cell {
    value.map_or(Cell::Empty, Cell::Number)
}

fn headers(columns: &[Column]) -> Vec<String> {
    columns.iter().map(|c| c.header.to_owned()).collect()
}

/// A row being filled by header, so the order of the template is the only order.
struct Row<'a> {
    columns: &'a [Column],
    cells: Vec<Cell>,
}

impl<'a> Row<'a> {
    fn new(columns: &'a [Column]) -> Self {
        Self {
            columns,
            cells: vec![Cell::Empty; columns.len()],
        }
    }

    fn set(&mut self, header: &str, cell: Cell) {
        if let Some(i) = self.columns.iter().position(|c| c.header == header) {
            self.cells[i] = cell;
        }
    }
}

fn per_channel(values: &PerChannel<f64>, key: &str) -> Option<f64> {
    match key {
        "online" => values.online,
        "counter" => values.counter,
        "phone" => values.phone,
        "postal" => values.postal,
        "email" => values.email,
        _ => values.other_offline,
    }
}

pub fn contact_channel<'c>(channels: &'c Channels, key: &str) -> Option<&'c ContactChannel> {
    match key {
        "counter" => channels.counter.as_deref(),
        "phone" => channels.phone.as_deref(),
        "postal" => channels.postal.as_deref(),
        "email" => channels.email.as_deref(),
        _ => channels.other_offline.as_deref(),
    }
}

fn channel_cells(row: &mut Row, channels: &Channels) {
    if let Some(online) = &channels.online {
        row.set(
            "En ligne : adresse",
            opt_text(online.url.as_ref().map(|u| u.as_str())),
        );
        row.set("En ligne : couvre", Cell::text(code(&online.covers)));
        row.set("En ligne : prérequis", Cell::text(codes(&online.requires)));
        row.set("En ligne : obligatoire", yes_no(online.mandatory));
        row.set(
            "En ligne : base légale",
            opt_text(online.legal_basis.as_deref()),
        );
        row.set(
            "En ligne : relais",
            opt_text(online.substitute.as_ref().map(|s| s.value.as_str())),
        );
    }
    for (key, name) in template::CONTACT_CHANNELS {
        let Some(channel) = contact_channel(channels, key) else {
            continue;
        };
        row.set(
            &format!("{name} : contact"),
            opt_text(channel.contact.as_ref().map(|c| c.value.as_str())),
        );
        row.set(
            &format!("{name} : couvre"),
            Cell::text(code(&channel.covers)),
        );
        row.set(
            &format!("{name} : prérequis"),
            Cell::text(codes(&channel.requires)),
        );
        row.set(
            &template::channel_field(name, "Type"),
            opt_code(channel.kind.as_ref().map(|k| &k.value)),
        );
        set_contact_fields!(row, channel, |field: &str| template::channel_field(
            name, field
        ));
        if key == "postal" {
            row.set(
                "Courrier : formulaire",
                opt_text(channel.paper_form.as_deref()),
            );
            row.set(
                "Courrier : formulaire obtenu",
                Cell::text(codes(&channel.form_from)),
            );
        }
        if key == "other_offline" {
            row.set(
                "Autre canal : remplace",
                channel
                    .replaces
                    .as_ref()
                    .map_or(Cell::Empty, |r| Cell::text(code(r))),
            );
            row.set(
                "Autre canal : description",
                opt_text(channel.description.as_deref()),
            );
        }
    }
}

fn procedure_rows(p: &Procedure, columns: &[Column], out: &mut Vec<Vec<Cell>>) {
    let mut row = Row::new(columns);
    row.set("Identifiant", Cell::text(p.id.value.clone()));
    row.set("Intitulé", Cell::text(p.title.clone()));
    row.set("Référence", opt_text(p.reference.as_deref()));
    row.set("Service", opt_text(p.service.as_deref()));
    row.set("Public", Cell::text(p.audience.join(", ")));
    row.set("Pièces à fournir", Cell::text(p.documents.join(" ; ")));
    row.set("Coût", opt_text(p.cost.as_deref()));
    row.set("À faire d'abord", opt_text(p.prerequisite.as_deref()));
    row.set(
        "Page d'information",
        opt_text(p.page.as_ref().map(|u| u.as_str())),
    );
    row.set("Statut", Cell::text(code(&p.status)));
    row.set(
        "Vérifiée le",
        opt_text(p.reviewed.map(|d| d.to_string()).as_deref()),
    );
    row.set(
        "Délai légal",
        if p.deadline {
            yes_no(true)
        } else {
            Cell::Empty
        },
    );
    row.set(
        "Aide (contacts)",
        Cell::text(
            p.assistance
                .iter()
                .map(|a| a.value.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
    );
    channel_cells(&mut row, &p.channels);
    let channel_names = std::iter::once(("online", "En ligne")).chain(template::CONTACT_CHANNELS);
    for (key, name) in channel_names {
        if let Some(fees) = &p.fees {
            row.set(
                &format!("{name} : frais (EUR)"),
                opt_number(per_channel(fees, key)),
            );
        }
        if let Some(days) = &p.processing_days {
            row.set(
                &format!("{name} : délai (jours)"),
                opt_number(per_channel(days, key)),
            );
        }
    }
    out.push(row.cells);
    for step in &p.steps {
        let mut row = Row::new(columns);
        row.set("Identifiant", Cell::text(p.id.value.clone()));
        row.set("Étape", Cell::text(step.name.value.clone()));
        channel_cells(&mut row, &step.channels);
        out.push(row.cells);
    }
}

/// Which data sheet of the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Procedures,
    Contacts,
    Authority,
    Exemptions,
}

/// One data sheet of the template filled from a catalogue, its rows made
/// one at a time as a writer asks for them: an export of 100,000 procedures
/// never holds the whole workbook (a dense row of a hundred cells for each
/// procedure and step, over 600 MB).
/// Its rows are filled with the French headers and the codes, then said in
/// the words of the workbook's language as they are given.
pub struct SheetRows<'c> {
    /// The sheet's French name (the tool's name for it).
    pub name: &'static str,
    pub columns: Vec<Column>,
    which: Which,
    catalog: &'c CatalogFile,
    words: &'static template::Words,
}

/// The template's data sheets for `catalog`, in the order of the template,
/// in the words of `lang`.
pub fn sheets(catalog: &CatalogFile, lang: crate::i18n::Lang) -> Vec<SheetRows<'_>> {
    let words = template::words(lang);
    let which = [
        Which::Procedures,
        Which::Contacts,
        Which::Authority,
        Which::Exemptions,
    ];
    template::data_sheets()
        .into_iter()
        .zip(which)
        .map(|((name, columns), which)| SheetRows {
            name,
            columns,
            which,
            catalog,
            words,
        })
        .collect()
}

impl SheetRows<'_> {
    /// The sheet's name in the workbook's language.
    pub fn title(&self) -> &str {
        self.words.sheet(self.name)
    }

    /// The headers in the workbook's language.
    pub fn headers(&self) -> Vec<String> {
        headers(&self.columns)
            .iter()
            .map(|h| self.words.header(h).to_owned())
            .collect()
    }

    /// How many data rows `for_each_row` gives (without making them).
    pub fn len(&self) -> usize {
        let procedures = &self.catalog.procedures;
        match self.which {
            Which::Procedures => procedures.iter().map(|p| 1 + p.steps.len()).sum(),
            Which::Contacts => self.catalog.contacts.len(),
            Which::Authority => usize::from(self.catalog.authority.is_some()),
            Which::Exemptions => procedures.iter().map(|p| p.exemptions.len()).sum(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Gives each data row to `write`, in order, one at a time.
    pub fn for_each_row<E>(
        &self,
        mut write_row: impl FnMut(&[Cell]) -> Result<(), E>,
    ) -> Result<(), E> {
        let catalog = self.catalog;
        let columns = &self.columns;
        let mut write = |cells: &mut Vec<Cell>| {
            self.words.localize_row(cells, columns);
            write_row(cells)
        };
        match self.which {
            Which::Procedures => {
                let mut rows = Vec::new();
                for p in &catalog.procedures {
                    procedure_rows(p, columns, &mut rows);
                    for mut row in rows.drain(..) {
                        write(&mut row)?;
                    }
                }
            }
            Which::Contacts => {
                for (id, c) in &catalog.contacts {
                    let mut row = Row::new(columns);
                    row.set("Identifiant", Cell::text(id.clone()));
                    row.set("Type", Cell::text(code(&c.kind.value)));
                    set_contact_fields!(row, c, |field: &str| field.to_owned());
                    write(&mut row.cells)?;
                }
            }
            Which::Authority => {
                if let Some(a) = &catalog.authority {
                    let mut row = Row::new(columns);
                    row.set("Identifiant", Cell::text(a.id.value.clone()));
                    row.set("Nom", Cell::text(a.name.clone()));
                    row.set("Pays", Cell::text(a.country.value.clone()));
                    row.set("Région", opt_text(a.region.as_deref()));
                    row.set("Niveau", Cell::text(a.level.as_str()));
                    row.set("Langues", Cell::text(a.languages.join(", ")));
                    row.set(
                        "Médiateur",
                        opt_text(a.mediator.as_ref().map(|m| m.value.as_str())),
                    );
                    write(&mut row.cells)?;
                }
            }
            Which::Exemptions => {
                for p in &catalog.procedures {
                    for e in &p.exemptions {
                        let mut row = Row::new(columns);
                        row.set("Démarche", Cell::text(p.id.value.clone()));
                        row.set("Règle", Cell::text(e.rule.value.clone()));
                        row.set("Motif", Cell::text(e.reason.clone()));
                        row.set("Référence", opt_text(e.reference.as_deref()));
                        row.set("Fondement", Cell::text(e.ground.as_str()));
                        row.set(
                            "Jusqu'au",
                            opt_text(e.until.map(|d| d.to_string()).as_deref()),
                        );
                        write(&mut row.cells)?;
                    }
                }
            }
        }
        Ok(())
    }
}
