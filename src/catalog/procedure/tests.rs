//! The offline definition, case by case: each row is a contact or a channel
//! as a catalogue can describe it, and whether it counts as a way to do the
//! procedure without the internet.

use std::sync::Arc;

use super::*;

fn contact(kind: ContactKind) -> Contact {
    Contact {
        id: None,
        kind,
        name: None,
        address: None,
        phone: None,
        opening_hours: None,
        appointment: Appointment::None,
        appointment_declared: false,
        booking: Vec::new(),
        step_free: None,
        answered_by: None,
        tariff: None,
        tariff_declared: false,
        self_service: false,
        booking_line_machine_only: false,
        to_confirm: false,
        unreadable_number: None,
    }
}

fn counter(appointment: Appointment, booking: &[BookingMethod]) -> Contact {
    Contact {
        appointment,
        appointment_declared: true,
        booking: booking
            .iter()
            .map(|&method| BookingRoute {
                method,
                contact: None,
            })
            .collect(),
        ..contact(ContactKind::Counter)
    }
}

fn phone(answered_by: Option<AnsweredBy>) -> Contact {
    Contact {
        answered_by,
        ..contact(ContactKind::Phone)
    }
}

fn channel(kind: ChannelKind, contact: Contact) -> Channel {
    Channel {
        kind,
        contact: Arc::new(contact),
        covers: Coverage::Full,
        requires: Vec::new(),
        paper_form: None,
        form_from: Vec::new(),
        replaces: None,
        description: None,
        to_confirm: false,
        line: 1,
    }
}

#[test]
fn which_contacts_are_offline() {
    use AnsweredBy::*;
    use BookingMethod as B;
    let rows: Vec<(&str, Contact, Result<(), NotOffline>)> = vec![
        ("a counter, walk-in", contact(ContactKind::Counter), Ok(())),
        (
            "a counter, appointment booked by phone",
            counter(Appointment::Required, &[B::Phone]),
            Ok(()),
        ),
        (
            "a counter, appointment booked online or by phone",
            counter(Appointment::Required, &[B::Online, B::Phone]),
            Ok(()),
        ),
        (
            "a counter, appointment booked only online",
            counter(Appointment::Required, &[B::Online]),
            Err(NotOffline::BookingOnlyOnline),
        ),
        (
            "a counter, appointment booked online or by e-mail",
            counter(Appointment::Required, &[B::Online, B::Email]),
            Err(NotOffline::BookingOnlyOnline),
        ),
        (
            "a counter, optional appointment booked online",
            counter(Appointment::Optional, &[B::Online]),
            Ok(()),
        ),
        (
            "a counter, appointment required, booking not said",
            counter(Appointment::Required, &[]),
            Ok(()),
        ),
        ("a phone, answered by a person", phone(Some(Human)), Ok(())),
        (
            "a phone, menu then a person",
            phone(Some(IvrThenHuman)),
            Ok(()),
        ),
        ("a phone, answering not said", phone(None), Ok(())),
        (
            "a phone, menu only",
            phone(Some(IvrOnly)),
            Err(NotOffline::MachineOnly),
        ),
        (
            "a phone, a bot",
            phone(Some(Bot)),
            Err(NotOffline::MachineOnly),
        ),
        ("a postal address", contact(ContactKind::Postal), Ok(())),
        (
            "an e-mail address",
            contact(ContactKind::Email),
            Err(NotOffline::Digital),
        ),
    ];
    for (case, contact, expected) in rows {
        assert_eq!(contact.offline_status(), expected, "{case}");
        assert_eq!(contact.is_offline(), expected.is_ok(), "{case}");
    }
}

#[test]
fn which_channels_are_offline() {
    let partial = Channel {
        covers: Coverage::Partial,
        ..channel(ChannelKind::Counter, contact(ContactKind::Counter))
    };
    let info_only = Channel {
        covers: Coverage::Info,
        ..channel(ChannelKind::Phone, phone(None))
    };
    let form_download_only = Channel {
        paper_form: Some("Cerfa 12345".to_owned()),
        form_from: vec![FormSource::Download],
        ..channel(ChannelKind::Postal, contact(ContactKind::Postal))
    };
    let form_at_the_counter_too = Channel {
        form_from: vec![FormSource::Download, FormSource::Counter],
        ..form_download_only.clone()
    };
    let robot_standing_in = Channel {
        replaces: Some(ChannelKind::Phone),
        ..channel(ChannelKind::OtherOffline, phone(Some(AnsweredBy::Bot)))
    };
    let rows: Vec<(&str, Channel, Result<(), NotOffline>)> = vec![
        (
            "a counter covering the whole procedure",
            channel(ChannelKind::Counter, contact(ContactKind::Counter)),
            Ok(()),
        ),
        (
            "a counter for part of it",
            partial,
            Err(NotOffline::Coverage(Coverage::Partial)),
        ),
        (
            "a phone for information only",
            info_only,
            Err(NotOffline::Coverage(Coverage::Info)),
        ),
        (
            "an e-mail channel",
            channel(ChannelKind::Email, contact(ContactKind::Email)),
            Err(NotOffline::Digital),
        ),
        (
            "a postal channel whose form can only be downloaded",
            form_download_only,
            Err(NotOffline::FormOnlyDownload),
        ),
        (
            "a postal channel whose form is also at the counter",
            form_at_the_counter_too,
            Ok(()),
        ),
        (
            "an other_offline channel that is a robot line",
            robot_standing_in,
            Err(NotOffline::MachineOnly),
        ),
        (
            "a counter reached by online booking only",
            channel(
                ChannelKind::Counter,
                counter(Appointment::Required, &[BookingMethod::Online]),
            ),
            Err(NotOffline::BookingOnlyOnline),
        ),
    ];
    for (case, channel, expected) in rows {
        assert_eq!(channel.offline_status(), expected, "{case}");
    }
}

#[test]
fn a_procedure_is_offline_online_only_or_unreachable() {
    let online = || Online {
        url: None,
        requires: Vec::new(),
        mandatory: false,
        legal_basis: None,
        substitute: None,
        covers: Coverage::Full,
    };
    let with = |online_route: Option<Online>, counter_channel: Option<Channel>| ChannelSet {
        online: online_route.map(Box::new),
        counter: counter_channel.map(Box::new),
        ..ChannelSet::default()
    };
    let walk_in = || channel(ChannelKind::Counter, contact(ContactKind::Counter));
    let booked_online = || {
        channel(
            ChannelKind::Counter,
            counter(Appointment::Required, &[BookingMethod::Online]),
        )
    };
    let rows: Vec<(&str, ChannelSet, Access)> = vec![
        (
            "online and a counter",
            with(Some(online()), Some(walk_in())),
            Access::Offline,
        ),
        (
            "a counter only",
            with(None, Some(walk_in())),
            Access::Offline,
        ),
        (
            "online only",
            with(Some(online()), None),
            Access::OnlineOnly,
        ),
        (
            "online, and a counter booked only online",
            with(Some(online()), Some(booked_online())),
            Access::OnlineOnly,
        ),
        (
            "a counter booked only online, nothing else",
            with(None, Some(booked_online())),
            Access::OnlineOnly,
        ),
        ("no channel at all", with(None, None), Access::Unreachable),
    ];
    for (case, channels, expected) in rows {
        assert_eq!(channels.access(), expected, "{case}");
    }
}

fn resolved(contacts: &str, channels: &str) -> crate::catalog::Catalog {
    let text = format!(
        "version: 1\nauthority: {{ id: a, name: A, country: FR, level: commune }}\ncontacts:\n{contacts}procedures:\n  - id: p\n    title: P\n    channels:\n{channels}"
    );
    crate::catalog::from_str("c.yaml", &text).unwrap_or_else(|d| panic!("{d:?}"))
}

#[test]
fn a_self_service_kiosk_is_never_an_offline_counter() {
    let kiosk = resolved(
        "  borne: { kind: counter, address: Hall, self_service: true }\n",
        "      counter: { contact: borne }\n",
    );
    let counter = kiosk.procedures[0].channels.counter.as_deref().unwrap();
    assert_eq!(counter.offline_status(), Err(NotOffline::SelfService));
    assert_eq!(kiosk.procedures[0].access, Access::Unreachable);
    // The same counter with people behind it counts.
    let staffed = resolved(
        "  borne: { kind: counter, address: Hall, self_service: false }\n",
        "      counter: { contact: borne }\n",
    );
    assert_eq!(staffed.procedures[0].access, Access::Offline);
}

#[test]
fn a_counter_booked_through_a_machine_only_line_is_not_offline() {
    let contacts = "  accueil: { kind: counter, address: Hall, appointment: required, booking: [phone, online] }\n";
    let robot = resolved(
        contacts,
        "      counter: { contact: accueil }\n      phone: { number: \"+33 4 72 00 00 00\", answered_by: ivr_only }\n",
    );
    let counter = robot.procedures[0].channels.counter.as_deref().unwrap();
    assert_eq!(
        counter.offline_status(),
        Err(NotOffline::BookingOnlyMachine)
    );
    let human = resolved(
        contacts,
        "      counter: { contact: accueil }\n      phone: { number: \"+33 4 72 00 00 00\", answered_by: human }\n",
    );
    assert!(human.procedures[0]
        .channels
        .counter
        .as_deref()
        .unwrap()
        .is_offline());
    // Booking also possible at the counter itself: the robot line does not matter.
    let walk_up = resolved(
        "  accueil: { kind: counter, address: Hall, appointment: required, booking: [phone, counter] }\n",
        "      counter: { contact: accueil }\n      phone: { number: \"+33 4 72 00 00 00\", answered_by: bot }\n",
    );
    assert!(walk_up.procedures[0]
        .channels
        .counter
        .as_deref()
        .unwrap()
        .is_offline());
}
