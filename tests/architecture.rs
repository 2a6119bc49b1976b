//! Data flows one way (../shared/design.md): load → resolve → check → audit →
//! report, with page reading feeding evidence in. This test reads the
//! `crate::` paths of the shipped code (src/, without `#[cfg(test)]` items)
//! and fails on any import that runs back up the layering below, or on any
//! cycle between top-level modules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// The intended layering of the top-level modules, lowest first: a module may
/// import its own layer or the layers below it, never one above. This table
/// is the one place the layering is written; a new top-level module gets a
/// row here. A listed module that does not exist (yet) is fine.
const LAYERS: &[&[&str]] = &[
    // Foundations: messages, locations, atomic file writing.
    // Escaping text that is not ours for each place it is shown.
    // The one YAML emitter of drafted catalogues.
    &["i18n", "located", "files", "escape", "yaml_emit"],
    // Located diagnostics; the HTML page shell (head, stylesheet) of every page.
    &["diagnostic", "html_page"],
    // Reading every file the user gives (regular files, caps, no echo).
    &["input"],
    // The output plan of a run (formats, files, standard output), checked
    // once and written by one executor through `files`.
    &["output_plan"],
    // The catalogue: format, loading, the resolved procedures.
    &["catalog"],
    // Reading pages: phones, addresses, hours, wording.
    &["reading"],
    // Fetching pages (client, limits, robots, cache, SSRF guard); it asks
    // the reader whether a page is a bot wall.
    &["crawl"],
    // Declared vs observed: the evidence the page checks judge; the public directory.
    &["verify", "annuaire"],
    // One file per check kind.
    &["checks"],
    // Rule packs: format, loading, selection.
    &["packs"],
    // Rules × procedures → findings.
    &["audit"],
    // The report model and its formats (with the baseline); the rule examples' runner.
    &["report", "rule_examples"],
    // Outputs and comparisons built on the report and the catalogue.
    &["guide", "diff", "docs"],
    // Starter catalogues and the list of common procedures.
    &["init"],
    // Commands' libraries built on all of the above.
    &["survey", "spreadsheet", "cpsv", "scan"],
    // Runs of surveys over time.
    &["history"],
    // The JSON Schemas of every format.
    &["schema"],
    // What ships beside the binary: shell completions and manual pages,
    // generated from the command tree the CLI hands over.
    &["distribution"],
    // The command line only parses and wires; the binary calls it.
    &["cli"],
    &["main"],
];

fn layer_of(layers: &[&[&str]], module: &str) -> Option<usize> {
    layers.iter().position(|row| row.contains(&module))
}

/// An import between two top-level modules, and the file it was seen in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Import {
    from: String,
    to: String,
    file: String,
}

/// Every way `imports` breaks `layers`: a module missing from the table, an
/// import that runs back up, a cycle.
fn problems(layers: &[&[&str]], modules: &BTreeSet<String>, imports: &[Import]) -> Vec<String> {
    let mut problems = Vec::new();
    for module in modules {
        if layer_of(layers, module).is_none() {
            problems.push(format!(
                "module `{module}` is not in LAYERS (tests/architecture.rs): give it a layer"
            ));
        }
    }
    for import in imports {
        if let (Some(from), Some(to)) =
            (layer_of(layers, &import.from), layer_of(layers, &import.to))
        {
            if to > from {
                problems.push(format!(
                    "back-edge: `{}` (layer {from}) imports `{}` (layer {to}) in {}",
                    import.from, import.to, import.file
                ));
            }
        }
    }
    for cycle in cycles(imports) {
        problems.push(format!(
            "cycle between top-level modules: {}",
            cycle.join(" → ")
        ));
    }
    problems
}

/// The strongly connected components of more than one module (Tarjan), each
/// as a closed path of its modules.
fn cycles(imports: &[Import]) -> Vec<Vec<String>> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for i in imports {
        graph.entry(&i.from).or_default().insert(&i.to);
        graph.entry(&i.to).or_default();
    }
    struct Tarjan<'g> {
        graph: &'g BTreeMap<&'g str, BTreeSet<&'g str>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Tarjan<'g> {
        fn visit(&mut self, v: &'g str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for &w in &self.graph[v] {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.reverse();
                    component.push(component[0].clone());
                    self.found.push(component);
                }
            }
        }
    }
    let mut tarjan = Tarjan {
        graph: &graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for &v in graph.keys() {
        if !tarjan.index.contains_key(v) {
            tarjan.visit(v);
        }
    }
    tarjan.found
}

/// Whether an item is compiled only for tests (`#[cfg(test)]`,
/// `#[cfg(all(test, …))]`): such code is not shipped.
fn test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.meta.require_list().is_ok_and(|l| {
                l.tokens
                    .to_string()
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|w| w == "test")
            })
    })
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    use syn::Item::*;
    match item {
        Const(i) => &i.attrs,
        Enum(i) => &i.attrs,
        ExternCrate(i) => &i.attrs,
        Fn(i) => &i.attrs,
        ForeignMod(i) => &i.attrs,
        Impl(i) => &i.attrs,
        Macro(i) => &i.attrs,
        Mod(i) => &i.attrs,
        Static(i) => &i.attrs,
        Struct(i) => &i.attrs,
        Trait(i) => &i.attrs,
        TraitAlias(i) => &i.attrs,
        Type(i) => &i.attrs,
        Union(i) => &i.attrs,
        Use(i) => &i.attrs,
        _ => &[],
    }
}

/// Collects the top-level modules a file's shipped code names through
/// `crate::…` (or `super::…` climbing to the crate root, or the crate's own
/// name from the binary), and the `mod x;` files it declares.
struct Reader {
    /// How deep the code being read sits below the crate root (a top-level
    /// module's own file is at depth 1).
    depth: usize,
    /// The name the crate's root goes by in this file: `crate`, or the
    /// library's name from the binary.
    root: &'static str,
    named: BTreeSet<String>,
    /// `mod x;` declarations of shipped code, as (name, depth of the module).
    declared: Vec<String>,
    /// `use super::*` in shipped code: a glob hides what is imported, and
    /// from which module (the reader could not see an edge through it).
    globs: usize,
    /// Macros defined here (`macro_rules! name`).
    macros_defined: BTreeSet<String>,
    /// Macros invoked here, by their last path segment.
    macros_used: BTreeSet<String>,
    /// Names re-exported by `pub use` (read at the crate root only).
    reexports: Vec<String>,
}

impl Reader {
    fn path<'a>(&mut self, segments: impl IntoIterator<Item = &'a syn::Ident>) {
        let segments: Vec<String> = segments.into_iter().map(ToString::to_string).collect();
        let supers = segments.iter().take_while(|s| *s == "super").count();
        let rest = if segments.first().map(String::as_str) == Some(self.root) {
            &segments[1..]
        } else if supers > 0 && supers >= self.depth {
            &segments[supers..]
        } else {
            return;
        };
        if let Some(first) = rest.first() {
            if first != "self" && first != "super" {
                self.named.insert(first.clone());
            }
        }
    }

    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        let tokens: Vec<proc_macro2::TokenTree> = tokens.into_iter().collect();
        for (i, tree) in tokens.iter().enumerate() {
            match tree {
                proc_macro2::TokenTree::Group(g) => self.tokens(g.stream()),
                proc_macro2::TokenTree::Ident(id) if *id == self.root => {
                    // `crate :: name`: a colon, a colon, an identifier.
                    if let (
                        Some(proc_macro2::TokenTree::Punct(a)),
                        Some(proc_macro2::TokenTree::Punct(b)),
                        Some(proc_macro2::TokenTree::Ident(name)),
                    ) = (tokens.get(i + 1), tokens.get(i + 2), tokens.get(i + 3))
                    {
                        if a.as_char() == ':' && b.as_char() == ':' {
                            self.named.insert(name.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<syn::Ident>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.clone());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.clone());
                self.path(prefix.iter());
                prefix.pop();
            }
            syn::UseTree::Rename(r) => {
                prefix.push(r.ident.clone());
                self.path(prefix.iter());
                prefix.pop();
            }
            syn::UseTree::Glob(_) => {
                if prefix.first().is_some_and(|s| s == "super") {
                    self.globs += 1;
                }
                self.path(prefix.iter())
            }
            syn::UseTree::Group(g) => {
                for tree in &g.items {
                    self.use_tree(prefix, tree);
                }
            }
        }
    }
}

impl<'ast> Visit<'ast> for Reader {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if test_only(item_attrs(item)) {
            return;
        }
        syn::visit::visit_item(self, item);
    }

    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        match &module.content {
            None => self.declared.push(module.ident.to_string()),
            Some(_) => {
                self.depth += 1;
                syn::visit::visit_item_mod(self, module);
                self.depth -= 1;
            }
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        if !matches!(item.vis, syn::Visibility::Inherited) {
            self.reexports
                .push(quote::ToTokens::to_token_stream(&item.tree).to_string());
        }
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_item_macro(&mut self, item: &'ast syn::ItemMacro) {
        if item.mac.path.is_ident("macro_rules") {
            if let Some(name) = &item.ident {
                self.macros_defined.insert(name.to_string());
            }
        }
        syn::visit::visit_item_macro(self, item);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.path(path.segments.iter().map(|s| &s.ident));
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if let Some(last) = mac.path.segments.last() {
            self.macros_used.insert(last.ident.to_string());
        }
        self.tokens(mac.tokens.clone());
        syn::visit::visit_macro(self, mac);
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if !test_only(&f.attrs) {
            syn::visit::visit_impl_item_fn(self, f);
        }
    }
}

/// Reads `text` (a file of the module at `depth`): the top-level modules it
/// names, and the `mod x;` it declares.
fn read(text: &str, depth: usize, root: &'static str) -> (BTreeSet<String>, Vec<String>) {
    let reader = read_all(text, depth, root);
    (reader.named, reader.declared)
}

/// Everything the reader notes in `text`.
fn read_all(text: &str, depth: usize, root: &'static str) -> Reader {
    let file = syn::parse_file(text).unwrap_or_else(|e| panic!("unreadable Rust: {e}"));
    let mut reader = Reader {
        depth,
        root,
        named: BTreeSet::new(),
        declared: Vec::new(),
        globs: 0,
        macros_defined: BTreeSet::new(),
        macros_used: BTreeSet::new(),
        reexports: Vec::new(),
    };
    reader.visit_file(&file);
    reader
}

/// What hides a dependency from the layering check: a re-export at the crate
/// root (`crate::Thing` names no module), a `use super::*` glob, a macro of
/// one top-level module invoked in another. Each is reported with its file.
fn hidden_dependencies(src: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let root = read_all(
        &std::fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs"),
        0,
        "crate",
    );
    for reexport in &root.reexports {
        problems.push(format!(
            "src/lib.rs re-exports `{reexport}` at the crate root: name it by its module"
        ));
    }
    // (top-level module, file, reader) for every shipped file.
    let mut files: Vec<(String, String, Reader)> = Vec::new();
    let mut queue: Vec<(String, PathBuf, usize, PathBuf)> = root
        .declared
        .iter()
        .map(|m| (m.clone(), module_file(src, m), 1, src.join(m)))
        .collect();
    while let Some((top, file, depth, children)) = queue.pop() {
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let reader = read_all(&text, depth, "crate");
        for child in &reader.declared {
            queue.push((
                top.clone(),
                module_file(&children, child),
                depth + 1,
                children.join(child),
            ));
        }
        let name = file
            .strip_prefix(src.parent().unwrap_or(src))
            .unwrap_or(&file)
            .display()
            .to_string();
        files.push((top, name, reader));
    }
    files.sort_by(|a, b| a.1.cmp(&b.1));
    let mut defined_in: BTreeMap<&str, &str> = BTreeMap::new();
    for (top, _, reader) in &files {
        for name in &reader.macros_defined {
            defined_in.insert(name, top);
        }
    }
    for (top, name, reader) in &files {
        if reader.globs > 0 {
            problems.push(format!(
                "{name}: `use super::*` in shipped code: import what is used, by name"
            ));
        }
        for used in &reader.macros_used {
            if let Some(owner) = defined_in.get(used.as_str()).filter(|o| **o != top) {
                problems.push(format!(
                    "{name}: macro `{used}!` of `{owner}` used in `{top}`: macros stay in their module"
                ));
            }
        }
    }
    problems
}

/// The file of module `name` declared in `dir`: `dir/name.rs` or `dir/name/mod.rs`.
fn module_file(dir: &Path, name: &str) -> PathBuf {
    let flat = dir.join(format!("{name}.rs"));
    if flat.exists() {
        flat
    } else {
        dir.join(name).join("mod.rs")
    }
}

/// The shipped code's top-level modules and the imports between them.
fn shipped_imports(src: &Path) -> (BTreeSet<String>, Vec<Import>) {
    let (_, top) = read(
        &std::fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs"),
        0,
        "crate",
    );
    let mut modules: BTreeSet<String> = top.iter().cloned().collect();
    let mut imports = BTreeSet::new();
    let mut note =
        |from: &str, file: &Path, named: BTreeSet<String>, modules: &BTreeSet<String>| {
            for to in named {
                if to != from && modules.contains(&to) {
                    imports.insert(Import {
                        from: from.to_owned(),
                        to,
                        file: file
                            .strip_prefix(src.parent().unwrap_or(src))
                            .unwrap_or(file)
                            .display()
                            .to_string(),
                    });
                }
            }
        };
    // (top-level module, file, depth of that file's module, directory of its children)
    let mut queue: Vec<(String, PathBuf, usize, PathBuf)> = top
        .iter()
        .map(|m| {
            let file = module_file(src, m);
            (m.clone(), file, 1, src.join(m))
        })
        .collect();
    let mut files = Vec::new();
    while let Some((top, file, depth, children)) = queue.pop() {
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let (named, declared) = read(&text, depth, "crate");
        for child in declared {
            queue.push((
                top.clone(),
                module_file(&children, &child),
                depth + 1,
                children.join(&child),
            ));
        }
        files.push((top, file, named));
    }
    let main = src.join("main.rs");
    if main.exists() {
        modules.insert("main".into());
        let (named, _) = read(
            &std::fs::read_to_string(&main).expect("src/main.rs"),
            0,
            "horsligne",
        );
        files.push(("main".into(), main, named));
    }
    for (top, file, named) in files {
        note(&top, &file, named, &modules);
    }
    (modules, imports.into_iter().collect())
}

#[test]
fn shipped_modules_import_only_downwards_and_form_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let (modules, imports) = shipped_imports(&src);
    assert!(
        modules.contains("catalog") && modules.contains("cli"),
        "{modules:?}"
    );
    assert!(
        imports
            .iter()
            .any(|i| i.from == "audit" && i.to == "checks"),
        "the reader finds real imports: {imports:?}"
    );
    let problems = problems(LAYERS, &modules, &imports);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_dependency_hides_from_the_layering_check() {
    let problems = hidden_dependencies(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn planted_reexports_globs_and_macros_across_modules_are_found() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("b")).unwrap();
    std::fs::write(
        src.join("lib.rs"),
        "pub mod a;\npub mod b;\npub use a::Thing;\n",
    )
    .unwrap();
    std::fs::write(
        src.join("a.rs"),
        "macro_rules! shout { () => {} }\npub struct Thing;\nfn f() { shout!(); }\n\
         #[cfg(test)] mod tests { use super::*; }\n",
    )
    .unwrap();
    std::fs::write(
        src.join("b/mod.rs"),
        "mod inner;\nfn g() { shout!(); println!(); }\n",
    )
    .unwrap();
    std::fs::write(src.join("b/inner.rs"), "use super::*;\n").unwrap();
    assert_eq!(
        hidden_dependencies(&src),
        [
            "src/lib.rs re-exports `a :: Thing` at the crate root: name it by its module",
            "src/b/inner.rs: `use super::*` in shipped code: import what is used, by name",
            "src/b/mod.rs: macro `shout!` of `a` used in `b`: macros stay in their module",
        ]
    );
}

#[cfg(test)]
mod detector {
    use super::*;

    const LAYERS: &[&[&str]] = &[&["catalog"], &["checks"], &["guide", "diff"], &["report"]];

    fn import(from: &str, to: &str) -> Import {
        Import {
            from: from.into(),
            to: to.into(),
            file: format!("src/{from}.rs"),
        }
    }

    fn modules() -> BTreeSet<String> {
        ["catalog", "checks", "guide", "diff", "report"]
            .map(String::from)
            .into()
    }

    #[test]
    fn a_clean_graph_passes() {
        let imports = [
            import("checks", "catalog"),
            import("report", "checks"),
            import("diff", "guide"),
        ];
        assert_eq!(problems(LAYERS, &modules(), &imports), Vec::<String>::new());
    }

    #[test]
    fn a_planted_back_edge_fails_and_is_named() {
        let imports = [import("checks", "catalog"), import("checks", "report")];
        let found = problems(LAYERS, &modules(), &imports);
        assert_eq!(
            found,
            ["back-edge: `checks` (layer 1) imports `report` (layer 3) in src/checks.rs"]
        );
    }

    #[test]
    fn a_cycle_inside_one_layer_fails() {
        let imports = [import("guide", "diff"), import("diff", "guide")];
        let found = problems(LAYERS, &modules(), &imports);
        assert_eq!(
            found,
            ["cycle between top-level modules: diff → guide → diff"]
        );
    }

    #[test]
    fn a_module_missing_from_the_table_fails_and_a_listed_absent_one_does_not() {
        let mut present = modules();
        present.remove("report");
        present.insert("survey".into());
        let found = problems(LAYERS, &present, &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("`survey` is not in LAYERS"));
    }

    #[test]
    fn the_reader_sees_uses_paths_and_macros_but_not_test_code() {
        let text = r#"
            use crate::{catalog::Catalog, checks::{self, Check}};
            use super::super::guide::Guide;
            fn f() -> crate::diff::Diff { format!("{}", crate::report::X); todo() }
            #[cfg(test)]
            mod tests { use crate::survey::Survey; }
            mod inner;
            #[cfg(test)]
            mod fixtures;
        "#;
        let (named, declared) = read(text, 2, "crate");
        assert_eq!(
            named,
            ["catalog", "checks", "diff", "guide", "report"]
                .map(String::from)
                .into()
        );
        assert_eq!(declared, ["inner"]);
        // One level down, `super::super` stays inside the module.
        let (named, _) = read("use super::super::guide::Guide;", 3, "crate");
        assert!(named.is_empty());
    }
}

/// Where the shipped code may open a file itself, and why. Everywhere else a
/// file is read through `src/input.rs` (regular files only, bounded, its
/// content never echoed) and written through `src/files.rs` (issue 24).
const OWN_FILE_ACCESS: &[(&str, &str)] = &[
    ("src/input.rs", "the one reader"),
    ("src/files.rs", "the one writer: appends and devices"),
    (
        "src/history/mod.rs",
        "SQLite opens its database itself, after input::regular_file said it is one",
    ),
    (
        "src/survey/mod.rs",
        "lists the survey folder; each catalogue in it is read by the loader, through input",
    ),
    (
        "src/survey/site/mod.rs",
        "lists the site's folder to know whether it is empty (the manifest is read through input)",
    ),
];

/// Where the shipped code may write, create or print itself, and why.
/// Everywhere else files are written through `src/files.rs` (atomically,
/// all or nothing, never over what the user wrote, 0644) and standard output
/// and error through `src/cli/output.rs` (issue 24).
const OWN_WRITES: &[(&str, &str)] = &[
    ("src/files.rs", "the one writer"),
    (
        "src/cli/output.rs",
        "standard output and error: one format on stdout, a full or closed stream survived",
    ),
    (
        "src/history/mod.rs",
        "SQLite writes its own database, after it was marked as horsligne's (application_id)",
    ),
];

/// What writes, creates, removes or prints, in the shipped code's tokens.
const WRITES: &[&str] = &[
    "fs::write(",
    "File::create(",
    "fs::rename(",
    "fs::copy(",
    "fs::create_dir",
    "fs::remove_",
    "fs::hard_link(",
    "os::unix::fs::symlink(",
    ".persist(",
    "NamedTempFile",
    "tempfile::Builder",
    "set_permissions(",
    ".save(",
    "println!",
    "print!(",
    "eprintln!",
    "io::stdout()",
    "io::stderr().lock",
];

/// What opens or reads a file, in the shipped code's tokens (spaces removed).
const FILE_ACCESS: &[&str] = &[
    "fs::read(",
    "fs::read_to_string(",
    "fs::read_dir(",
    "File::open(",
    "OpenOptions::new(",
    "open_workbook",
    ".from_path(",
    "Connection::open",
];

/// The shipped items of `items` (test-only ones left out) as one string of
/// tokens without spaces.
fn shipped_tokens(items: &[syn::Item], out: &mut String) {
    use quote::ToTokens;
    for item in items {
        if test_only(item_attrs(item)) {
            continue;
        }
        match item {
            syn::Item::Mod(module) => {
                if let Some((_, inner)) = &module.content {
                    shipped_tokens(inner, out);
                }
            }
            other => out.extend(
                other
                    .to_token_stream()
                    .to_string()
                    .chars()
                    .filter(|c| !c.is_whitespace()),
            ),
        }
    }
}

/// Every `.rs` file under `dir` but test files (`tests.rs`, declared test-only).
fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/") {
        let path = entry.expect("src/ entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            files.push(path);
        }
    }
}

fn own_file_access(root: &Path) -> Vec<String> {
    found_in_shipped(root, OWN_FILE_ACCESS, FILE_ACCESS)
}

/// Every place the shipped code writes itself, outside `OWN_WRITES`.
fn own_writes(root: &Path) -> Vec<String> {
    found_in_shipped(root, OWN_WRITES, WRITES)
}

/// Every `patterns` occurrence in the shipped code of `root`'s src/, but in
/// the `allowed` files.
fn found_in_shipped(root: &Path, allowed: &[(&str, &str)], patterns: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        if allowed.iter().any(|(allowed, _)| *allowed == name) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file");
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut tokens = String::new();
        shipped_tokens(&parsed.items, &mut tokens);
        for pattern in patterns {
            if tokens.contains(pattern) {
                found.push(format!("{name}: `{pattern}`"));
            }
        }
    }
    found
}

#[test]
fn every_file_is_read_through_the_one_reader() {
    let found = own_file_access(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(
        found.is_empty(),
        "files opened outside src/input.rs (read through crate::input, or say why in OWN_FILE_ACCESS):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_file_is_written_through_the_one_writer() {
    let found = own_writes(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(
        found.is_empty(),
        "writes outside src/files.rs and src/cli/output.rs (write through crate::files or cli::output, or say why in OWN_WRITES):\n{}",
        found.join("\n")
    );
}

#[test]
fn a_planted_write_or_print_is_found_and_test_code_is_not() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    std::fs::write(
        dir.path().join("src/x.rs"),
        "pub fn f(p: &std::path::Path) { std::fs::write(p, \"a\").unwrap(); println!(\"b\"); }\n\
         #[cfg(test)] mod t { fn g() { std::fs::create_dir_all(\"a\").unwrap(); } }\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("src/files.rs"),
        "fn w() { std::fs::write(\"a\", \"b\").unwrap(); }\n",
    )
    .unwrap();
    assert_eq!(
        own_writes(dir.path()),
        ["src/x.rs: `fs::write(`", "src/x.rs: `println!`"]
    );
}

#[test]
fn a_planted_read_is_found_and_test_code_is_not() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src/x")).unwrap();
    std::fs::write(
        dir.path().join("src/x/mod.rs"),
        "pub fn f(p: &std::path::Path) -> String { std::fs::read_to_string(p).unwrap() }\n\
         #[cfg(test)] mod t { fn g() { let _ = std::fs::File::open(\"a\"); } }\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("src/x/tests.rs"),
        "fn h() { let _ = std::fs::read(\"a\"); }\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("src/input.rs"),
        "fn r() { let _ = std::fs::read(\"a\"); }\n",
    )
    .unwrap();
    assert_eq!(
        own_file_access(dir.path()),
        vec!["src/x/mod.rs: `fs::read_to_string(`".to_owned()]
    );
}

/// The commands that write outside the output plan, and why. Every other
/// command builds a plan (`output_plan`) and `cli/output.rs` executes it.
const OUTSIDE_THE_PLAN: &[(&str, &str)] = &[
    ("src/cli/output.rs", "the executor of the plan"),
    (
        "src/cli/init.rs",
        "a new catalogue in a folder, never replacing one (init::write_new)",
    ),
    (
        "src/cli/import.rs",
        "a new catalogue in a folder, never replacing one (init::write_new)",
    ),
    ("src/cli/manpage.rs", "a folder of manual pages"),
];

/// What writes a file without the plan, in the command line's tokens.
const OWN_OUTPUTS: &[&str] = &[
    "write_atomically",
    "write_new",
    "Outputs::",
    "check_outputs",
    "files::occupied",
];

#[test]
fn every_command_writes_through_the_output_plan() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found: Vec<String> = found_in_shipped(root, OUTSIDE_THE_PLAN, OWN_OUTPUTS)
        .into_iter()
        .filter(|f| f.starts_with("src/cli/"))
        .collect();
    assert!(
        found.is_empty(),
        "commands writing outside the output plan (build a plan with cli::output::plan, or say why in OUTSIDE_THE_PLAN):\n{}",
        found.join("\n")
    );
}
