//! `horsligne scan`: drafts a catalogue from an authority's website.
