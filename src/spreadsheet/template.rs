//! The spreadsheet template (docs/spreadsheets.md): its sheets, their French
//! column headers, what each column holds and the values allowed. Export,
//! import, the notes sheet and the drop-down lists all read these tables, so
//! the template is described once.

/// What a column holds, and so how its cells are read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Text,
    /// Several values separated by commas.
    List,
    /// One of a fixed set of values (a drop-down list in xlsx).
    Choice(&'static [&'static str]),
    /// Several of a fixed set, separated by commas.
    Choices(&'static [&'static str]),
    /// `oui` or `non`.
    YesNo,
    Number,
    /// `AAAA-MM-JJ`.
    Date,
    Url,
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub kind: Kind,
    pub note_fr: &'static str,
    pub note_en: &'static str,
}

const fn col(
    header: &'static str,
    kind: Kind,
    note_fr: &'static str,
    note_en: &'static str,
) -> Column {
    Column {
        header,
        kind,
        note_fr,
        note_en,
    }
}

pub const YES_NO: &[&str] = &["oui", "non"];
pub const STATUS: &[&str] = &["active", "planned", "retired"];
pub const COVERS: &[&str] = &["full", "partial", "info"];
pub const REQUIREMENTS: &[&str] = &[
    "account",
    "email",
    "smartphone",
    "app",
    "qr_code",
    "eid",
    "scan_upload",
    "online_payment",
    "captcha",
];
pub const FORM_SOURCES: &[&str] = &["counter", "postal_request", "phone_request", "download"];
pub const REPLACEABLE: &[&str] = &["counter", "phone", "postal"];
pub const CONTACT_KINDS: &[&str] = &["counter", "phone", "postal", "email"];
pub const APPOINTMENT: &[&str] = &["none", "optional", "required"];
pub const BOOKING: &[&str] = &["online", "phone", "counter", "postal", "email"];
pub const ANSWERED_BY: &[&str] = &["human", "ivr_then_human", "ivr_only", "bot"];
pub const TARIFF: &[&str] = &["free", "standard", "premium", "unknown"];
pub const LEVELS: &[&str] = &[
    "commune",
    "intercommunality",
    "department",
    "province",
    "region",
    "state",
    "cpas",
    "agency",
    "other",
];
pub const GROUNDS: &[&str] = &[
    "legal_text",
    "disproportionate_burden",
    "technical",
    "other",
];

/// The codes of the lists in French, as people type them in a cell
/// (« complet », « sur rendez-vous »); the import maps them to the codes,
/// which stay accepted. One word per code whatever the list (« guichet » is
/// `counter` as a channel, a contact kind or a way of booking).
pub const LABELS_FR: &[(&str, &str)] = &[
    ("full", "complet"),
    ("partial", "partiel"),
    ("info", "information"),
    ("active", "active"),
    ("planned", "prévue"),
    ("retired", "retirée"),
    ("none", "sans rendez-vous"),
    ("optional", "rendez-vous possible"),
    ("required", "sur rendez-vous"),
    ("online", "en ligne"),
    ("counter", "guichet"),
    ("phone", "téléphone"),
    ("postal", "courrier"),
    ("email", "courriel"),
    ("human", "une personne"),
    ("ivr_then_human", "serveur vocal puis une personne"),
    ("ivr_only", "serveur vocal seulement"),
    ("bot", "robot"),
    ("free", "gratuit"),
    ("standard", "prix d'un appel normal"),
    ("premium", "surtaxé"),
    ("unknown", "inconnu"),
    ("account", "compte"),
    ("smartphone", "smartphone"),
    ("app", "application"),
    ("qr_code", "code QR"),
    ("eid", "carte d'identité électronique"),
    ("scan_upload", "envoi de documents numérisés"),
    ("online_payment", "paiement en ligne"),
    ("captcha", "captcha"),
    ("postal_request", "demande par courrier"),
    ("phone_request", "demande par téléphone"),
    ("download", "téléchargement"),
    ("intercommunality", "intercommunalité"),
    ("department", "département"),
    ("region", "région"),
    ("state", "État"),
    ("agency", "agence"),
    ("other", "autre"),
    ("legal_text", "texte légal"),
    ("disproportionate_burden", "charge disproportionnée"),
    ("technical", "raison technique"),
];

/// The code a cell means: the code itself, or its French word (case and
/// accents aside: « Sur rendez-vous », « prevue »).
pub fn code_of<'a>(typed: &'a str, values: &[&'a str]) -> &'a str {
    let folded = crate::reading::text::fold(typed.trim());
    LABELS_FR
        .iter()
        .find(|(code, label)| values.contains(code) && crate::reading::text::fold(label) == folded)
        .map_or(typed, |(code, _)| code)
}

/// `full (complet) | partial (partiel) | info (information)`: what a cell
/// of the list accepts.
pub fn with_labels(values: &[&str]) -> String {
    values
        .iter()
        .map(|code| match LABELS_FR.iter().find(|(c, _)| c == code) {
            Some((_, label)) if label != code => format!("{code} ({label})"),
            _ => (*code).to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

pub const PROCEDURES: &str = "Démarches";
pub const CONTACTS: &str = "Contacts";
pub const AUTHORITY: &str = "Autorité";
pub const EXEMPTIONS: &str = "Exemptions";
pub const NOTES: &str = "Notes";
pub const LISTS: &str = "Listes";

/// The channels of the template, in column order: key in the catalogue and
/// the French name heading its group of columns.
pub const CONTACT_CHANNELS: [(&str, &str); 5] = [
    ("counter", "Guichet"),
    ("phone", "Téléphone"),
    ("postal", "Courrier"),
    ("email", "Courriel"),
    ("other_offline", "Autre canal"),
];

/// The columns of the procedures sheet: one row per procedure, then one per step.
pub fn procedure_columns() -> Vec<Column> {
    static COLUMNS: std::sync::OnceLock<Vec<Column>> = std::sync::OnceLock::new();
    COLUMNS.get_or_init(build_procedure_columns).clone()
}

fn build_procedure_columns() -> Vec<Column> {
    use Kind::*;
    let mut columns = vec![
        col("Identifiant", Text, "Identifiant stable de la démarche (lettres, chiffres, tirets). Répété sur les lignes de ses étapes.", "Stable id of the procedure. Repeated on the rows of its steps."),
        col("Étape", Text, "Vide sur la ligne de la démarche ; le nom de l'étape sur chaque ligne d'étape (les canaux de la ligne sont alors ceux de l'étape).", "Empty on the procedure's row; the step's name on each step row (the row's channels are then the step's)."),
        col("Intitulé", Text, "Intitulé de la démarche, tel que les habitants le lisent.", "Title of the procedure as residents read it."),
        col("Référence", Text, "Code de la démarche commune (docs/references.md) ou fiche Service-Public.fr (F1427), pour comparer les communes.", "Common-procedure code (docs/references.md) or Service-Public.fr sheet (F1427), to compare councils."),
        col("Service", Text, "Service en charge.", "Department in charge."),
        col("Public", List, "Publics concernés, séparés par des virgules (all, seniors, families…).", "Audiences, comma-separated."),
        col("Page d'information", Url, "Adresse de la page publique de la démarche (lue par horsligne verify).", "Public information page."),
        col("Statut", Choice(STATUS), "active, planned (prévue) ou retired (retirée, non auditée). Vide = active.", "active, planned or retired. Empty = active."),
        col("Vérifiée le", Date, "Date de la dernière vérification de la ligne, AAAA-MM-JJ.", "Date the entry was last checked, YYYY-MM-DD."),
        col("Délai légal", YesNo, "oui si un délai légal ou réglementaire s'applique à la demande.", "oui when a legal deadline applies."),
        col("Aide (contacts)", List, "Identifiants des contacts (feuille Contacts) qui aident à faire la démarche en ligne.", "Ids of contacts that help with the online route."),
        col("Pièces à fournir", Text, "Les pièces à apporter ou à envoyer, séparées par des points-virgules (montrées dans le guide des habitants).", "Documents to bring or send, separated by semicolons (shown in the residents' guide)."),
        col("Coût", Text, "Ce que coûte la démarche, en mots pour les habitants (« gratuit », « 25 € en timbre fiscal »).", "What the procedure costs, in words for residents."),
        col("À faire d'abord", Text, "Ce qu'il faut faire d'abord, même sans internet (« pré-demande en ligne sur le site de l'ANTS »).", "What must be done first, even offline."),
        col("En ligne : adresse", Url, "Adresse du téléservice. Remplir une colonne « En ligne » offre ce canal.", "Teleservice URL. Filling any online column offers the channel."),
        col("En ligne : couvre", Choice(COVERS), "full (toute la démarche), partial (certaines étapes), info (information seulement). Vide = full.", "full, partial or info. Empty = full."),
        col("En ligne : prérequis", Choices(REQUIREMENTS), "Prérequis numériques, séparés par des virgules.", "Digital prerequisites, comma-separated."),
        col("En ligne : obligatoire", YesNo, "oui si un texte impose ce téléservice.", "oui when a legal text imposes the teleservice."),
        col("En ligne : base légale", Text, "Le texte qui l'impose.", "The text that imposes it."),
        col("En ligne : relais", Text, "Identifiant du contact qui prend le relais quand le téléservice échoue.", "Contact id that takes over when the teleservice fails."),
        col("En ligne : frais (EUR)", Number, "Frais en euros par ce canal (ligne de la démarche seulement).", "Fee in EUR through this channel (procedure row only)."),
        col("En ligne : délai (jours)", Number, "Délai habituel en jours par ce canal (ligne de la démarche seulement).", "Typical delay in days (procedure row only)."),
    ];
    for (key, name) in CONTACT_CHANNELS {
        columns.push(col(leak(format!("{name} : contact")), Text, "Identifiant du contact (feuille Contacts). Remplir une colonne du groupe offre ce canal.", "Contact id (Contacts sheet). Filling any column of the group offers the channel."));
        columns.push(col(
            leak(format!("{name} : couvre")),
            Choice(COVERS),
            "full, partial ou info. Vide = full.",
            "full, partial or info. Empty = full.",
        ));
        columns.push(col(
            leak(format!("{name} : prérequis")),
            Choices(REQUIREMENTS),
            "Prérequis numériques de ce canal, séparés par des virgules.",
            "Digital prerequisites of this channel.",
        ));
        // The contact written on the channel itself (catalogue: inline fields,
        // which override those of the contact named): held here so that every
        // catalogue survives its spreadsheet without `--into`.
        columns.push(col(
            leak(channel_field(name, "Type")),
            Choice(CONTACT_KINDS),
            "Sorte du contact écrit sur le canal (facultatif ; doit correspondre au canal).",
            "Kind of the contact written on the channel (optional).",
        ));
        for field in contact_fields() {
            columns.push(Column {
                header: leak(channel_field(name, field.header)),
                note_fr: "Comme la colonne du même nom de la feuille Contacts, pour le contact écrit sur ce canal (remplace la valeur du contact désigné).",
                note_en: "As the Contacts column of the same name, for the contact written on this channel (overrides the named contact's value).",
                ..field
            });
        }
        columns.push(col(
            leak(channel_field(name, TO_CONFIRM)),
            YesNo,
            "oui si le canal n'est pas encore vérifié : il ne compte pas comme hors ligne tant que la marque reste.",
            "oui when the channel is not checked yet: it does not count as offline while the mark stays.",
        ));
        if key == "postal" {
            columns.push(col(
                "Courrier : formulaire",
                Text,
                "Le formulaire papier, s'il en faut un.",
                "The paper form, if one is needed.",
            ));
            columns.push(col("Courrier : formulaire obtenu", Choices(FORM_SOURCES), "Comment obtenir le formulaire sans internet (counter, postal_request, phone_request, download).", "How the form is obtained."));
        }
        if key == "other_offline" {
            columns.push(col(
                "Autre canal : remplace",
                Choice(REPLACEABLE),
                "Le canal qu'il remplace : counter, phone ou postal.",
                "The channel it replaces.",
            ));
            columns.push(col(
                "Autre canal : description",
                Text,
                "Ce que c'est (permanence itinérante, visite à domicile…).",
                "What it is.",
            ));
        }
        columns.push(col(
            leak(format!("{name} : frais (EUR)")),
            Number,
            "Frais en euros par ce canal (ligne de la démarche seulement).",
            "Fee in EUR (procedure row only).",
        ));
        columns.push(col(
            leak(format!("{name} : délai (jours)")),
            Number,
            "Délai habituel en jours par ce canal (ligne de la démarche seulement).",
            "Typical delay in days (procedure row only).",
        ));
    }
    columns
}

/// What « Libre-service » (`self_service`) means, in the notes.
const SELF_SERVICE_FR: &str =
    "Guichet : oui si c'est une borne sans personne (jamais un canal hors ligne).";

/// The header « À vérifier » (`to_confirm`), on contacts and channels.
pub const TO_CONFIRM: &str = "À vérifier";

/// The header of a contact field in a channel's group: « Guichet : numéro ».
pub fn channel_field(channel: &str, field: &str) -> String {
    let mut chars = field.chars();
    let lower: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_lowercase)
        .chain(chars)
        .collect();
    format!("{channel} : {lower}")
}

/// Headers built from the channel names live as long as the program (built
/// once, see `procedure_columns`).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

pub fn contact_columns() -> Vec<Column> {
    use Kind::*;
    let mut columns = vec![
        col(
            "Identifiant",
            Text,
            "Identifiant du contact, utilisé dans la feuille Démarches.",
            "Contact id, used in the procedures sheet.",
        ),
        col(
            "Type",
            Choice(CONTACT_KINDS),
            "counter (guichet), phone, postal ou email.",
            "counter, phone, postal or email.",
        ),
    ];
    columns.extend(contact_fields());
    columns.push(col(
        TO_CONFIRM,
        YesNo,
        "oui si le contact n'est pas encore vérifié : les canaux qui passent par lui ne comptent pas comme hors ligne tant que la marque reste.",
        "oui when the contact is not checked yet: channels through it do not count as offline while the mark stays.",
    ));
    columns
}

/// The fields of a contact, shared by the Contacts sheet and each channel's
/// group (where they describe the contact written on the channel).
fn contact_fields() -> Vec<Column> {
    use Kind::*;
    vec![
        col(
            "Nom",
            Text,
            "Nom du point de contact.",
            "Name of the contact point.",
        ),
        col(
            "Adresse",
            Text,
            "Adresse du guichet, adresse postale, ou adresse électronique.",
            "Street, postal or email address.",
        ),
        col(
            "Numéro",
            Text,
            "Numéro de téléphone, écriture nationale ou internationale.",
            "Phone number.",
        ),
        col(
            "Horaires",
            Text,
            "Horaires au format OpenStreetMap, par exemple Mo-Fr 08:30-12:00,13:30-17:00.",
            "OSM opening_hours.",
        ),
        col(
            "Rendez-vous",
            Choice(APPOINTMENT),
            "none, optional ou required.",
            "none, optional or required.",
        ),
        col(
            "Réservation",
            Choices(BOOKING),
            "Comment prendre rendez-vous, séparé par des virgules ; « méthode: contact » nomme le contact qui réserve (phone: population-tel).",
            "How an appointment is booked; `method: contact` names the contact that books (phone: population-tel).",
        ),
        col(
            "De plain-pied",
            YesNo,
            "oui si accessible en fauteuil roulant.",
            "oui when step-free.",
        ),
        col(
            "Répondu par",
            Choice(ANSWERED_BY),
            "human, ivr_then_human, ivr_only ou bot.",
            "Who answers the phone.",
        ),
        col(
            "Tarif",
            Choice(TARIFF),
            "free, standard, premium ; vide = déduit du numéro.",
            "free, standard, premium; empty = derived.",
        ),
        col("Libre-service", YesNo, SELF_SERVICE_FR, "oui for a kiosk, no one behind it."),
    ]
}

pub fn authority_columns() -> Vec<Column> {
    use Kind::*;
    vec![
        col(
            "Identifiant",
            Text,
            "Identifiant stable, code INSEE ou NIS recommandé (fr-69266).",
            "Stable id.",
        ),
        col("Nom", Text, "Nom de l'autorité.", "Name of the authority."),
        col(
            "Pays",
            Text,
            "Code pays ISO à deux lettres majuscules (FR, BE).",
            "ISO country code.",
        ),
        col(
            "Région",
            Text,
            "wallonie, bruxelles-capitale, ou un nom libre.",
            "Region slug.",
        ),
        col(
            "Niveau",
            Choice(LEVELS),
            "commune, department, region…",
            "Level of the authority.",
        ),
        col(
            "Langues",
            List,
            "Langues, séparées par des virgules (fr, nl).",
            "Languages.",
        ),
        col(
            "Médiateur",
            Text,
            "Identifiant du contact qui aide à faire les démarches sans internet.",
            "Mediator contact id.",
        ),
    ]
}

pub fn exemption_columns() -> Vec<Column> {
    use Kind::*;
    vec![
        col(
            "Démarche",
            Text,
            "Identifiant de la démarche exemptée.",
            "Procedure id.",
        ),
        col(
            "Règle",
            Text,
            "Identifiant de la règle (NN-PHONE…).",
            "Rule id.",
        ),
        col("Motif", Text, "Pourquoi l'exemption.", "Reason."),
        col(
            "Référence",
            Text,
            "Délibération ou texte.",
            "Decision or text.",
        ),
        col(
            "Fondement",
            Choice(GROUNDS),
            "legal_text, disproportionate_burden, technical ou other.",
            "Ground.",
        ),
        col("Jusqu'au", Date, "Date de fin, AAAA-MM-JJ.", "End date."),
    ]
}

/// Every sheet that holds data, with its columns.
pub fn data_sheets() -> Vec<(&'static str, Vec<Column>)> {
    vec![
        (PROCEDURES, procedure_columns()),
        (CONTACTS, contact_columns()),
        (AUTHORITY, authority_columns()),
        (EXEMPTIONS, exemption_columns()),
    ]
}

/// The file name of a sheet in a CSV export directory.
pub fn csv_file_name(sheet: &str) -> &'static str {
    match sheet {
        PROCEDURES => "demarches.csv",
        CONTACTS => "contacts.csv",
        AUTHORITY => "autorite.csv",
        _ => "exemptions.csv",
    }
}

/// The values admitted by a column, as the notes sheet shows them.
pub fn admitted(kind: Kind) -> String {
    match kind {
        Kind::Text => "texte".into(),
        Kind::List => "liste séparée par des virgules".into(),
        Kind::Choice(values) => values.join(" | "),
        Kind::Choices(values) => format!("plusieurs de : {}", values.join(", ")),
        Kind::YesNo => "oui | non".into(),
        Kind::Number => "nombre".into(),
        Kind::Date => "AAAA-MM-JJ".into(),
        Kind::Url => "adresse https://…".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_words_mean_their_codes_and_codes_stay() {
        assert_eq!(code_of("complet", COVERS), "full");
        assert_eq!(code_of("Sur rendez-vous", APPOINTMENT), "required");
        assert_eq!(code_of("prevue", STATUS), "planned");
        assert_eq!(code_of("guichet", BOOKING), "counter");
        assert_eq!(code_of("full", COVERS), "full");
        // A word of another list is not taken: the list's error says so.
        assert_eq!(code_of("guichet", COVERS), "guichet");
        assert_eq!(code_of("completement", COVERS), "completement");
    }

    #[test]
    fn every_code_has_one_word_and_every_word_one_code() {
        let lists = [
            STATUS,
            COVERS,
            REQUIREMENTS,
            FORM_SOURCES,
            REPLACEABLE,
            CONTACT_KINDS,
            APPOINTMENT,
            BOOKING,
            ANSWERED_BY,
            TARIFF,
            LEVELS,
            GROUNDS,
        ];
        for list in lists {
            for code in list {
                let words = LABELS_FR.iter().filter(|(c, _)| c == code).count();
                assert!(words <= 1, "{code}");
            }
        }
        for (_, label) in LABELS_FR {
            let codes = LABELS_FR.iter().filter(|(_, l)| l == label).count();
            assert_eq!(codes, 1, "{label}");
        }
    }
}
