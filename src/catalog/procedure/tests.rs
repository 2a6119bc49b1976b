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
        unreadable_number: None,
    }
}

fn counter(appointment: Appointment, booking: &[BookingMethod]) -> Contact {
    Contact {
        appointment,
        appointment_declared: true,
        booking: booking.to_vec(),
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
