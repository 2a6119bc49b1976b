//! Generates a synthetic catalogue of N procedures, with the shape of a real
//! one (shared contacts, references and inline overrides, steps, fees,
//! delays, exemptions), for the benchmarks.
//!
//! cargo run --release --example gen-catalog -- <procedures> <files> <out>
//! With <files> = 1, <out> is a file; otherwise a directory of <files> files.
//!
//! cargo run --release --example gen-catalog -- <procedures> authorities=<K> <out>
//! writes K one-file catalogues of <procedures> procedures each into the
//! directory <out>, one authority each (for `survey`, bench/survey.sh).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// A small deterministic generator: the same arguments give the same catalogue.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SERVICES: [&str; 8] = [
    "État civil",
    "Élections",
    "Titres d'identité",
    "Éducation",
    "Urbanisme",
    "CCAS",
    "Voirie",
    "Culture",
];

fn header(contacts_per_service: usize) -> String {
    header_of("fr-99999", "Commune synthétique", contacts_per_service)
}

fn header_of(id: &str, name: &str, contacts_per_service: usize) -> String {
    let mut out = format!(
        "version: 1\nauthority:\n  id: {id}\n  name: {name}\n  country: FR\n  region: auvergne-rhone-alpes\n  level: commune\n  languages: [fr]\n  mediator: mediation\ncontacts:\n  mediation:\n    kind: counter\n    name: Médiation numérique\n    address: 1 place de la Mairie, 69999 Synthèse\n    opening_hours: \"Tu,Th 14:00-17:00\"\n",
    );
    for s in 0..SERVICES.len() * contacts_per_service {
        let _ = write!(
            out,
            "  guichet-{s}:\n    kind: counter\n    name: Guichet {s}\n    address: {s} rue de la Mairie, 69999 Synthèse\n    opening_hours: \"Mo-Fr 08:30-12:00,13:30-17:00\"\n    appointment: {}\n    booking: [phone, counter]\n    step_free: true\n  tel-{s}:\n    kind: phone\n    number: \"04 78 {:02} {:02} {:02}\"\n    opening_hours: \"Mo-Fr 09:00-17:00\"\n    answered_by: human\n  poste-{s}:\n    kind: postal\n    address: Mairie, service {s}, CS {s}, 69999 Synthèse Cedex\n",
            if s % 3 == 0 { "optional" } else { "none" },
            10 + s % 80,
            s % 100,
            (s * 7) % 100
        );
    }
    out
}

fn procedure(out: &mut String, rng: &mut Lcg, i: usize, contacts: usize) {
    let c = rng.next() as usize % contacts;
    let service = SERVICES[i % SERVICES.len()];
    let _ = write!(
        out,
        "  - id: demarche-{i}\n    title: Démarche numéro {i} du service {service}\n    service: {service}\n    audience: [all]\n    page: https://www.synthese.example/demarches/{i}\n    status: active\n    reviewed: 2025-{:02}-{:02}\n",
        1 + rng.next() % 12,
        1 + rng.next() % 28
    );
    let online_only = rng.chance(5);
    out.push_str("    channels:\n      online:\n        url: https://services.synthese.example/d/");
    let _ = writeln!(out, "{i}\n        requires: [account, email]");
    if !online_only {
        if rng.chance(20) {
            let _ = writeln!(out, "      counter:\n        contact: guichet-{c}\n        opening_hours: \"Tu 09:00-12:00\"");
        } else {
            let _ = writeln!(out, "      counter: {{ contact: guichet-{c} }}");
        }
        let covers = if rng.chance(15) { "info" } else { "full" };
        let _ = writeln!(out, "      phone: {{ contact: tel-{c}, covers: {covers} }}");
        if rng.chance(85) {
            let _ = writeln!(
                out,
                "      postal:\n        contact: poste-{c}\n        paper_form: Formulaire {i}\n        form_from: [counter, postal_request, download]"
            );
        }
    } else {
        let _ = writeln!(
            out,
            "      email: {{ kind: email, address: demarche-{i}@synthese.example }}"
        );
    }
    if rng.chance(10) {
        let _ = writeln!(
            out,
            "    steps:\n      - name: Dépôt\n        channels:\n          counter: {{ contact: guichet-{c} }}\n      - name: Retrait\n        channels:\n          counter: {{ contact: guichet-{c} }}\n          postal: {{ contact: poste-{c} }}"
        );
    }
    let _ = writeln!(out, "    fees: {{ online: 0, postal: {} }}", rng.next() % 2);
    let _ = writeln!(
        out,
        "    processing_days: {{ online: 2, postal: {} }}",
        2 + rng.next() % 6
    );
    if rng.chance(3) {
        let _ = writeln!(
            out,
            "    exemptions:\n      - rule: NN-PHONE\n        reason: Signature en présence de l'agent\n        reference: Délibération 2025-{i}\n        ground: legal_text\n        until: 2027-12-31"
        );
    }
}

fn write_file(path: &Path, text: &str) {
    let mut file =
        std::fs::File::create(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    file.write_all(text.as_bytes()).unwrap();
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: gen-catalog <procedures> <files> <out>");
        std::process::exit(2);
    }
    let procedures: usize = args[1].parse().expect("procedures: a number");
    if let Some(k) = args[2].strip_prefix("authorities=") {
        let authorities: usize = k.parse().expect("authorities=<K>: a number");
        let out = Path::new(&args[3]);
        std::fs::create_dir_all(out).unwrap();
        let contacts_per_service = 1;
        let contacts = SERVICES.len() * contacts_per_service;
        let mut rng = Lcg(42);
        for a in 0..authorities {
            let id = format!("fr-{a:05}");
            let mut text = header_of(&id, &format!("Commune {a}"), contacts_per_service);
            text.push_str("procedures:\n");
            for i in 0..procedures {
                procedure(&mut text, &mut rng, i, contacts);
            }
            write_file(&out.join(format!("{id}.yaml")), &text);
        }
        return;
    }
    let files: usize = args[2].parse::<usize>().expect("files: a number").max(1);
    let out = Path::new(&args[3]);
    let contacts_per_service = 4;
    let contacts = SERVICES.len() * contacts_per_service;
    let mut rng = Lcg(42);
    if files == 1 {
        let mut text = header(contacts_per_service);
        text.push_str("procedures:\n");
        for i in 0..procedures {
            procedure(&mut text, &mut rng, i, contacts);
        }
        write_file(out, &text);
        return;
    }
    std::fs::create_dir_all(out).unwrap();
    write_file(&out.join("00-commune.yaml"), &header(contacts_per_service));
    let per_file = procedures.div_ceil(files);
    for f in 0..files {
        let mut text = String::from("procedures:\n");
        for i in f * per_file..((f + 1) * per_file).min(procedures) {
            procedure(&mut text, &mut rng, i, contacts);
        }
        write_file(&out.join(format!("demarches-{f:03}.yaml")), &text);
    }
}
