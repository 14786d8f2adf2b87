//! What the widget teaches: every figure with its unit, its source and an `approximate` flag its
//! words agree with; the post's rows, advantages and quoted sentences exactly the post's; each
//! layer's short answer about its own layer; no picture credited to the post's author; the mistakes an
//! expert read found once (the engine "virtualizing the OS", containers "without an OS") kept out
//! of the widget's own words. A content edit that brings one back fails here.
#![cfg(not(target_arch = "wasm32"))]

use model::content::Content;
use model::estimates::{estimate, value, Figure, FigureKey, Unit};
use model::lang::Lang;
use model::picture::Picture;
use model::stack::LayerKind;

mod files;

use files::content as read;

fn parse(lang: Lang) -> Content {
    read(lang)
}

/// The post, as `content/post.md` keeps it (a verbatim copy of the project's seed).
fn post() -> String {
    files::read("content/post.md")
}

/// Every text of a content file with its field path (`layers[2].more`).
fn texts(lang: Lang) -> Vec<(String, String)> {
    fn walk(path: String, v: &toml::Value, out: &mut Vec<(String, String)>) {
        match v {
            toml::Value::String(s) => out.push((path, s.clone())),
            toml::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(format!("{path}[{i}]"), x, out);
                }
            }
            toml::Value::Table(t) => {
                for (k, x) in t {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(p, x, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(String::new(), &read(lang), &mut out);
    out
}

/// Fields that hold the post's own words (verbatim in Korean, translated in English).
fn is_posts(field: &str) -> bool {
    field.ends_with(".quote")
        || (field.starts_with("table.rows[")
            && (field.ends_with(".vm") || field.ends_with(".container")))
        || (field.starts_with("advantages.items[")
            && (field.ends_with(".title") || field.ends_with(".text")))
}

/// The widget's own texts (not the post's words, not enum keys).
fn own_texts(lang: Lang) -> Vec<(String, String)> {
    texts(lang)
        .into_iter()
        .filter(|(f, _)| !is_posts(f) && !f.ends_with(".key") && !f.ends_with(".kind"))
        .collect()
}

/// Words that mark a typical or assumed value, per language.
fn typical_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ko => &["약", "일반적", "가정", "수백", "수십", "안팎"],
        Lang::En => &["about", "typical", "assumed", "around", "hundreds", "tens"],
    }
}

#[test]
fn every_figure_has_its_unit_its_source_and_an_approximate_flag_its_words_agree_with() {
    for lang in Lang::ALL {
        let c = parse(lang);
        for f in c.estimates.figures.iter() {
            let name = format!("{} {:?}", lang.slug(), f.key);
            assert_eq!(f.unit, f.key.unit(), "{name}: unit");
            assert!(f.source.trim().len() > 3, "{name}: no source");
            let words = format!("{} {}", f.label, f.source).to_lowercase();
            let says_typical = typical_words(lang).iter().any(|w| words.contains(w));
            assert_eq!(
                f.approximate,
                says_typical,
                "{name}: approximate = {} but its label and source {} say it is typical: {words}",
                f.approximate,
                if says_typical { "do" } else { "do not" }
            );
            if !f.approximate {
                // An exact figure names the document it comes from, with a year or a file.
                assert!(
                    f.source.chars().any(|ch| ch.is_ascii_digit()) || f.source.contains(".md"),
                    "{name}: an exact figure names its document: {}",
                    f.source
                );
            }
        }
    }
}

#[test]
fn the_posts_rows_and_advantages_are_byte_equal_to_the_post() {
    let post = post();
    let ko = parse(Lang::Ko);
    for row in ko.table.rows.iter() {
        let line = format!("| {} | {} |", row.vm, row.container);
        assert!(post.contains(&line), "row not in the post: {line}");
    }
    for (i, item) in ko.advantages.items.iter().enumerate() {
        let title = format!(" {}. {}\n", i + 1, item.title);
        assert!(
            post.contains(&title),
            "advantage not in the post: {title:?}"
        );
        assert!(
            post.contains(&format!("-- {}", item.text)),
            "advantage text not in the post: {}",
            item.text
        );
    }
}

#[test]
fn every_quoted_sentence_is_the_posts_and_is_quoted_in_both_languages() {
    let post = post();
    let (ko, en) = (parse(Lang::Ko), parse(Lang::En));
    let mut quoted = 0;
    for (k, e) in ko.layers.iter().zip(en.layers.iter()) {
        assert_eq!(k.quote.is_some(), e.quote.is_some(), "{:?}", k.kind);
        if let Some(q) = &k.quote {
            assert!(post.contains(&**q), "not the post's words: {q}");
            quoted += 1;
        }
        // The widget's own definition never repeats the post's sentence as if it were its own.
        if let Some(q) = &k.quote {
            assert!(
                !k.more.contains(&**q),
                "{:?}: the quote is in the detail",
                k.kind
            );
        }
    }
    assert!(
        quoted >= 3,
        "the post's sentences about the layers are quoted"
    );
}

#[test]
fn the_copy_of_the_post_is_the_seed() {
    // The seed lives beside the repository in the project's shared folder; a clone elsewhere has
    // only the copy, which the tests above read.
    if let Some(seed) = files::seed_post() {
        assert_eq!(post(), seed, "content/post.md differs from the seed post");
    }
}

#[test]
fn each_layers_short_answer_defines_that_layer() {
    for lang in Lang::ALL {
        let c = parse(lang);
        for l in c.layers.iter() {
            // "컨테이너 엔진(Docker)" → "컨테이너 엔진"; "Container engine (Docker)" → "container engine".
            let name = l.label.split('(').next().unwrap().trim().to_lowercase();
            // The short answer's first sentence: the definition comes first.
            let first = l.short.split(". ").next().unwrap().to_lowercase();
            assert!(
                first.contains(&name),
                "{} {:?}: the short answer's first sentence does not name its layer ({name}): {}",
                lang.slug(),
                l.kind,
                l.short
            );
        }
    }
}

#[test]
fn no_picture_is_credited_to_the_posts_author() {
    let owner = [
        "저자의",
        "연구장비",
        "EliteDesk",
        "author's pc",
        "author's machine",
        "author's own",
        "post's own equipment",
    ];
    for lang in Lang::ALL {
        for (field, text) in texts(lang) {
            if !field.starts_with("pictures") {
                continue;
            }
            for w in owner {
                assert!(
                    !text.to_lowercase().contains(&w.to_lowercase()),
                    "{} {field}: names the author as the owner ({w}): {text}",
                    lang.slug()
                );
            }
        }
        let c = parse(lang);
        // The WSL2 picture's short answer says whose it is not.
        let not_author = match lang {
            Lang::Ko => "글쓴이의 구성은 아니다",
            Lang::En => "not the post author's",
        };
        assert!(
            c.pictures
                .nested(Picture::Wsl2)
                .unwrap()
                .short
                .contains(not_author),
            "{}",
            lang.slug()
        );
    }
}

/// The claims three expert reads found wrong, kept out of the widget's own words (not the post's):
/// (language, wrong claim, why it is wrong), matched in any case.
#[rustfmt::skip]
const WRONG: &[(Lang, &str, &str)] = &[
    (Lang::Ko, "운영체제를 가상화", "the host kernel isolates containers; the engine sets it up"),
    (Lang::En, "virtualizes the operating system", "the host kernel isolates containers"),
    (Lang::Ko, "별도의 OS", "containers lack a kernel of their own, not an OS userland"),
    (Lang::En, "no os of their own", "containers lack a kernel of their own"),
    (Lang::Ko, "완전히 격리", "a hypervisor boundary is strong, not complete (VENOM)"),
    (Lang::En, "fully isolated", "a hypervisor boundary is strong, not complete (VENOM)"),
    (Lang::Ko, "Linpack에서 KVM은", "Linpack never crosses the hypervisor"),
    (Lang::En, "wsl2 linux vm", "it is the WSL2 utility VM"),
    (Lang::Ko, "1형", "타입 1(베어메탈)"),
    (Lang::Ko, "2형", "타입 2(호스트형)"),
    (Lang::En, "operating-system virtualization", "OS-level virtualization, one name"),
    (Lang::En, "os virtualization", "OS-level virtualization, one name"),
    // The second expert read.
    (Lang::Ko, "AUFS 스토리지 드라이버(볼륨보다 느리다)", "AUFS is gone: removed in Docker Engine 24.0"),
    (Lang::En, "the AUFS storage driver (slower than volumes)", "AUFS is gone: removed in Docker Engine 24.0"),
    (Lang::Ko, "각 VM과 컨테이너가 따로 가진다", "containers from one image share their layers"),
    (Lang::En, "Each VM and each container has its own", "containers from one image share their layers"),
    (Lang::Ko, "Kata Containers · Firecracker", "Firecracker is a VMM Kata can use"),
    (Lang::En, "Kata Containers · Firecracker", "Firecracker is a VMM Kata can use"),
    (Lang::Ko, "Linpack은 하이퍼바이저를 거치지 않는다", "barely, not never"),
    (Lang::En, "never crosses the hypervisor", "barely, not never"),
    (Lang::Ko, "공격 면", "공격 표면"),
    (Lang::Ko, "칠해진", "강조된"),
    (Lang::Ko, "17 %", "17%"),
    (Lang::Ko, "2 %", "2%"),
    (Lang::Ko, "사용자 영역", "사용자 공간, one word"),
    (Lang::Ko, "대신 받는다", "gVisor intercepts and serves system calls"),
    (Lang::Ko, "진짜 리눅스", "실제 리눅스 커널"),
    (Lang::Ko, "가상머신은 하이퍼바이저가", "가상머신에서는"),
    (Lang::Ko, "층(layer)", "image layers are 레이어"),
    (Lang::Ko, "읽기 전용 층", "image layers are 레이어"),
    (Lang::Ko, "쓰기 층", "image layers are 레이어"),
    (Lang::Ko, "대부분", "no survey says most containers run in VMs"),
    (Lang::En, "most containers", "no survey says most containers run in VMs"),
    (Lang::En, "and Docker native", "Docker matched native"),
    (Lang::En, "takes the system calls", "gVisor intercepts and serves them"),
    (Lang::En, "17 %", "17%"),
    (Lang::Ko, "OpenShift", "its figure is for QEMU and the guest kernel together"),
    (Lang::En, "OpenShift", "its figure is for QEMU and the guest kernel together"),
    // The third expert read.
    (Lang::Ko, "지금 기본은 overlay2", "a fresh Docker Engine 29.0 uses the containerd image store"),
    (Lang::En, "overlay2 is the default today", "a fresh Docker Engine 29.0 uses the containerd image store"),
    (Lang::Ko, "2019년의 WSL은 WSL 1이다", "the post does not say which WSL it used"),
    (Lang::En, "The WSL the post mentions was", "the post does not say which WSL it used"),
    (Lang::Ko, "OS 전체가 담긴 이미지가 한 벌씩", "VMs can share a read-only base image too (qcow2)"),
    (Lang::En, "every VM keeps an image with a whole OS", "VMs can share a read-only base image too (qcow2)"),
    (Lang::Ko, "미리 따로 떼어 주지만", "KVM hands a guest its memory when it asks for it"),
    (Lang::Ko, "VM마다 따로 떼어 두고", "KVM hands a guest its memory when it asks for it"),
    (Lang::En, "memory is set aside for it", "KVM hands a guest its memory when it asks for it"),
    (Lang::En, "given its memory up front", "KVM hands a guest its memory when it asks for it"),
    (Lang::Ko, "어디서나 그대로 실행된다", "not where a kernel feature or a CPU extension is missing"),
    (Lang::En, "runs unchanged on any server", "not where a kernel feature or a CPU extension is missing"),
    (Lang::Ko, "수십 초가 걸린다", "an Ubuntu 24.04 cloud VM boots in about 9 s (Depot)"),
    (Lang::En, "takes tens of seconds to boot", "an Ubuntu 24.04 cloud VM boots in about 9 s (Depot)"),
    (Lang::Ko, "QEMU가 호스트의 프로세스로서 입출력을 맡는다", "a VMM such as QEMU; with vhost, the host kernel"),
    (Lang::En, "QEMU does the I/O", "a VMM such as QEMU; with vhost, the host kernel"),
    (Lang::Ko, "서버(포스트의 Lightsail)는 VM이다", "usually a VM: bare-metal instances exist"),
    (Lang::En, "(the post's Lightsail) is a VM", "usually a VM: bare-metal instances exist"),
    (Lang::Ko, "Lambda와 Fargate용", "built for serverless services such as Lambda"),
    (Lang::En, "for Lambda and Fargate", "built for serverless services such as Lambda"),
    (Lang::Ko, "사용자 공간(셸, 라이브러리)은 이미지에 담겨 온다", "if the app needs one: FROM scratch"),
    (Lang::En, "a distribution's userland comes in its image", "if the app needs one: FROM scratch"),
    (Lang::Ko, "같은 이미지의 읽기 전용 레이어", "one base image, and one layer per app"),
    (Lang::En, "containers from one image share its read-only layers", "one base image, and one layer per app"),
    (Lang::Ko, "RSS(9–11 MB)", "9,756–11,064 KiB, 10.0–11.3 MB"),
    (Lang::En, "(2022), 9–11 MB", "9,756–11,064 KiB, 10.0–11.3 MB"),
    (Lang::Ko, "느린 기계에서", "Docker for Windows from WSL, a one-core VM, an Atom"),
    (Lang::En, "on slower machines", "Docker for Windows from WSL, a one-core VM, an Atom"),
    (Lang::Ko, "VM의 모니터 프로세스", "the VMM, one name"),
    (Lang::En, "a VM's monitor process", "the VMM, one name"),
    // Its language list.
    (Lang::Ko, "랜덤 I/O", "입출력, as the rest of the sentence"),
    (Lang::Ko, "때문으로,", "two sentences, not a 때문으로 joint"),
    (Lang::Ko, "장치들을 설정", "kernel mechanisms are 기능"),
    (Lang::Ko, "자원의 양을 나누", "cgroups 제한"),
    (Lang::Ko, "cgroups가 프로세스를 나누", "cgroups 제한"),
    (Lang::Ko, "한 벌씩 더", "따로"),
    (Lang::Ko, "처리했다", "WSL 1 still is: the present tense"),
    (Lang::Ko, "microVM", "마이크로VM, explained"),
    (Lang::En, "NAT networking (at high packet rates), and", "NAT was slower at high packet rates, not than volumes"),
    (Lang::En, "'s one kernel", "the host's single kernel"),
    (Lang::En, "by the hypervisor: thicker", "a sentence, not a telegram"),
    (Lang::En, "With Docker installed in it", "a dangling participle"),
];

#[test]
fn the_widgets_own_words_keep_out_the_mistakes_found_once() {
    for &(lang, claim, why) in WRONG {
        for (field, text) in own_texts(lang) {
            assert!(
                !text.to_lowercase().contains(&claim.to_lowercase()),
                "{} {field}: \"{claim}\" ({why}): {text}",
                lang.slug()
            );
        }
    }
}

#[test]
fn english_says_os_level_virtualization_everywhere_its_translated_rows_too() {
    for (field, text) in texts(Lang::En) {
        if field.ends_with(".quote") {
            continue;
        }
        let t = text.to_lowercase();
        for other in [
            "operating-system virtualization",
            "os virtualization",
            "operating system virtualization",
        ] {
            assert!(
                !t.contains(other),
                "{field}: \"{other}\", not \"OS-level virtualization\": {text}"
            );
        }
    }
}

#[test]
fn korean_text_is_written_as_korean() {
    let hangul = |ch: char| ('가'..='힣').contains(&ch);
    for (field, text) in own_texts(Lang::Ko) {
        // No space between a word and its parenthesis: 가상머신(VM), not 가상머신 (VM).
        let chars: Vec<char> = text.chars().collect();
        for w in chars.windows(3) {
            assert!(
                !(hangul(w[0]) && w[1] == ' ' && w[2] == '('),
                "{field}: a space before a parenthesis: {text}"
            );
        }
        // Korean terms in Korean sentences (the post's own "Host OS" stays in its quotes).
        // (A product's name stays: Cloud Hypervisor.)
        let text = text.replace("Cloud Hypervisor", "");
        for english in ["Host OS", "Hypervisor"] {
            assert!(
                !text.contains(english),
                "{field}: \"{english}\" in Korean: {text}"
            );
        }
    }
}

#[test]
fn the_performance_row_keeps_linpack_apart_from_the_lit_path_and_cites_felter() {
    for lang in Lang::ALL {
        let c = parse(lang);
        let row = &c.table.rows[3].more;
        assert!(
            row.contains("Felter") && row.contains("ISPASS 2015"),
            "{row}"
        );
        assert!(
            row.contains("IOPS") && row.contains("Linpack") && row.contains("NAT"),
            "{row}"
        );
    }
}

#[test]
fn the_isolation_row_shows_the_spectrum_from_a_shared_kernel_to_a_microvm() {
    for lang in Lang::ALL {
        let c = parse(lang);
        let names: Vec<&str> = c.isolation.levels.iter().map(|l| &*l.name).collect();
        for runtime in ["runc", "gVisor", "Kata Containers"] {
            assert!(
                names.iter().any(|n| n.contains(runtime)),
                "{runtime} in {names:?}"
            );
        }
        // Firecracker is a VMM Kata can use (beside QEMU and Cloud Hypervisor), not a level.
        assert!(
            !names.iter().any(|n| n.contains("Firecracker")),
            "{names:?}"
        );
        let kata = kata(&c);
        for vmm in ["QEMU", "Cloud Hypervisor", "Firecracker", "VMM"] {
            assert!(
                kata.text.contains(vmm),
                "{} Kata: {vmm}: {}",
                lang.slug(),
                kata.text
            );
        }
        // A real escape on each side: the hypervisor's (VENOM) and the container runtime's.
        let row = &c.table.rows[4].more;
        assert!(
            row.contains("CVE-2015-3456") && row.contains("CVE-2019-5736"),
            "{row}"
        );
        assert!(
            row.contains("QEMU"),
            "VENOM was in QEMU's emulated floppy controller: {row}"
        );
    }
}

/// A figure as the reader reads it in its source: `4 GB`, `78 MB`.
fn as_written(f: &Figure) -> String {
    match f.unit {
        Unit::Mb if f.value >= 1000 && f.value % 1000 == 0 => format!("{} GB", f.value / 1000),
        Unit::Mb => format!("{} MB", f.value),
        Unit::Ms if f.value >= 1000 && f.value % 1000 == 0 => format!("{} s", f.value / 1000),
        Unit::Ms => format!("{} ms", f.value),
    }
}

#[test]
fn the_estimates_compare_like_with_like_and_every_figure_is_in_its_source() {
    for lang in Lang::ALL {
        let c = parse(lang);
        let e = &c.estimates;
        let figure = |k: FigureKey| e.figures.iter().find(|f| f.key == k).unwrap();
        // The same distribution on both sides: an Ubuntu VM against the ubuntu image.
        for k in [FigureKey::GuestOsMemoryMb, FigureKey::VmDiskMb] {
            assert!(figure(k).source.contains("Ubuntu"), "{} {k:?}", lang.slug());
        }
        let image = figure(FigureKey::ImageDiskMb);
        let image_words = format!("{} {}", image.label, image.source).to_lowercase();
        assert!(
            image_words.contains("ubuntu") && !image_words.contains("alpine"),
            "{image_words}"
        );
        // The same kind of quantity on both sides, said once for memory and once for disk, and
        // what is not counted.
        let (both, not_counted) = match lang {
            Lang::Ko => ("양쪽 모두", "계산에서 뺀 항목"),
            Lang::En => ("on both sides", "Not counted"),
        };
        assert_eq!(e.assumption.matches(both).count(), 2, "{}", e.assumption);
        assert!(e.assumption.contains(not_counted), "{}", e.assumption);
        // One convention for megabytes, stated.
        assert!(e.assumption.contains("10⁶"), "{}", e.assumption);
        for f in e.figures.iter() {
            let text = format!("{} {}", f.label, f.source);
            assert!(
                !text.contains("MiB"),
                "{} {:?}: MB, not MiB: {text}",
                lang.slug(),
                f.key
            );
            let assumed = ["가정", "Assumed"].iter().any(|w| f.source.starts_with(w));
            let typical = ["일반적", "Typical"]
                .iter()
                .any(|w| f.source.starts_with(w));
            if typical {
                // A typical value says why, and names the documents that bound it.
                assert!(
                    f.source.contains(".md") || f.source.contains('#'),
                    "{} {:?}: {}",
                    lang.slug(),
                    f.key,
                    f.source
                );
            } else if !assumed {
                // Any other figure is the one its source states.
                let shown = as_written(f);
                assert!(
                    f.source.contains(&shown),
                    "{} {:?}: the source does not state {shown}: {}",
                    lang.slug(),
                    f.key,
                    f.source
                );
            }
        }
        assert!(figure(FigureKey::ContainerStartMs)
            .source
            .contains("#38077"));
    }
}

#[test]
fn the_second_expert_reads_findings_stay_fixed() {
    // (Its wordings that must not come back are in the_widgets_own_words_keep_out_the_mistakes_found_once.)
    for lang in Lang::ALL {
        let c = parse(lang);
        let rows = &c.table.rows;
        // AUFS in the past tense: overlay2 is the default today.
        assert!(rows[3].more.contains("overlay2") && rows[3].more.contains("24.0"));
        // Linux containers on Windows or macOS run in a Linux VM; the post's WSL was WSL 1.
        assert!(rows[2].more.contains("WSL2"), "{}", rows[2].more);
        assert!(c
            .pictures
            .nested(Picture::Wsl2)
            .unwrap()
            .more
            .contains("WSL 1"));
        // What still needs managing: data lives in volumes.
        let volume = match lang {
            Lang::Ko => "볼륨",
            Lang::En => "volume",
        };
        assert!(c.advantages.items[2].more.contains(volume));
        // The bins/libs step: each sees its own, one image's containers share them on disk.
        let share = match lang {
            Lang::Ko => "함께 쓴다",
            Lang::En => "share",
        };
        assert!(c.steps[5].contains(share), "{}", c.steps[5]);
    }
    // Short answers stay short: tuning, kernel mechanisms, packet rates and issue numbers belong
    // under "more" or in the sources.
    for lang in Lang::ALL {
        let c = parse(lang);
        for (field, short) in model::content::shorts(&c) {
            for detail in [
                "Linpack",
                "LSM",
                "capabilit",
                "seccomp",
                "NAT",
                "#",
                "CVE",
                "IOPS",
            ] {
                assert!(
                    !short.contains(detail),
                    "{} {field}: {detail} in a short answer: {short}",
                    lang.slug()
                );
            }
        }
    }
    // Korean calls image layers 레이어 (the diagram's blocks are 층).
    let ko = parse(Lang::Ko);
    let bins = ko
        .layers
        .iter()
        .find(|l| l.kind == model::stack::LayerKind::BinsLibs)
        .unwrap();
    assert!(
        bins.more.contains("읽기 전용 레이어") && bins.more.contains("쓰기 가능한 컨테이너 레이어")
    );
}

#[test]
fn the_third_expert_reads_findings_stay_fixed() {
    // (Its wordings that must not come back are in the_widgets_own_words_keep_out_the_mistakes_found_once.)
    for lang in Lang::ALL {
        let c = parse(lang);
        let name = lang.slug();
        let say = |ko: &'static str, en: &'static str| if lang == Lang::Ko { ko } else { en };
        let has = |field: &str, text: &str, words: &[&str]| {
            for w in words {
                assert!(text.contains(w), "{name} {field}: \"{w}\" missing: {text}");
            }
        };
        let rows = &c.table.rows;
        let items = &c.advantages.items;
        let layer = |kind| &c.layers.iter().find(|l| l.kind == kind).unwrap().more;
        let figure = |k| c.estimates.figures.iter().find(|f| f.key == k).unwrap();
        let assumption = &*c.estimates.assumption;
        // 1. Today's Docker storage: the containerd image store on a fresh Engine 29.0, overlay2 on
        // an upgraded one, both copy-on-write; the image figure says which store it is.
        has(
            "performance",
            &rows[3].more,
            &[
                "containerd",
                "29.0",
                "overlay2",
                "copy-on-write",
                say("볼륨", "volumes"),
            ],
        );
        has(
            "image figure",
            &figure(FigureKey::ImageDiskMb).source,
            &["overlay2", "containerd", "29.8 MB"],
        );
        // 2. WSL2's dates, and no word on which WSL the post used.
        let wsl = &c.pictures.nested(Picture::Wsl2).unwrap().more;
        has("wsl2", wsl, &["18917", "2019", "2020", "2004", "WSL 1"]);
        has(
            "wsl2",
            wsl,
            &[say(
                "어느 WSL을 썼는지는 포스트에 나오지 않는다",
                "The post does not say which WSL it used",
            )],
        );
        // 3. VMs share a base image too; the two disk figures measure different things.
        has(
            "resources",
            &rows[1].more,
            &["qcow2", say("커널과 init", "a kernel and an init")],
        );
        has("assumption", assumption, &["4 GB", "78 MB"]);
        // 4. One VM per app, as the model counts.
        has(
            "assumption",
            assumption,
            &[say("앱 하나에 VM 하나", "One VM per app")],
        );
        // 5. A hypervisor hands memory out on demand; the guest fills what it is given.
        has(
            "resources",
            &rows[1].more,
            &[
                "KVM",
                "KSM",
                "free page reporting",
                say("페이지 캐시", "page cache"),
            ],
        );
        // 6. The same kind of kernel, not the same version; a CPU extension can be missing.
        has(
            "scalability",
            &items[3].more,
            &["x86-64-v3", say("커널 버전", "not the same version")],
        );
        has("scalability", &items[3].short, &[say("대개", "usually")]);
        // 7. Felter's figures are of 2014.
        has(
            "performance",
            &rows[3].more,
            &[say("2014년에 잰", "as of 2014")],
        );
        // 8. The VM boot: an Ubuntu 24.04 cloud VM's kernel and systemd, as Depot measured them.
        let boot = figure(FigureKey::VmBootMs);
        assert_eq!(boot.value, 9000, "{name}: the VM boot is about 9 s");
        has(
            "boot figure",
            &boot.source,
            &["Depot", "systemd-analyze", "8.784s", "Ubuntu 24.04"],
        );
        // 9. The smaller ones.
        has(
            "hypervisor",
            layer(LayerKind::Hypervisor),
            &["VMM", "QEMU", "vhost"],
        );
        has(
            "cloud_vm",
            &c.pictures.nested(Picture::CloudVm).unwrap().short,
            &[say("대개", "usually")],
        );
        has(
            "cloud_vm",
            &c.pictures.nested(Picture::CloudVm).unwrap().more,
            &[say("베어메탈", "bare-metal")],
        );
        let kata = kata(&c);
        has(
            "kata",
            &kata.text,
            &[say("서버리스", "serverless"), "Lambda"],
        );
        has(
            "isolation",
            &rows[4].more,
            &[say("QEMU 프로세스의 권한", "the QEMU process's privileges")],
        );
        has("host_os", layer(LayerKind::HostOs), &["FROM scratch"]);
        has(
            "assumption",
            assumption,
            &[
                "ubuntu:24.04",
                say("앱마다 자기 레이어", "each app adds one layer"),
            ],
        );
        // 10. What moby#38077 and containerd#7878 measured; the translations and the row names.
        has(
            "start figure",
            &figure(FigureKey::ContainerStartMs).source,
            &["WSL", "Atom", "3.2", say("삭제", "removes")],
        );
        has(
            "shim figure",
            &figure(FigureKey::ShimMemoryMb).source,
            &["9,756–11,064 KiB", "10.0–11.3 MB", "PSS"],
        );
        if lang == Lang::En {
            for credit in [&c.post.quote_by, &c.post.table_by, &c.post.advantages_by] {
                has("post", credit, &["translated"]);
            }
        }
        has("post", &c.post.table_by, &[say("행 이름", "row names")]);
        // 11. The container side counts its shim, the VM side leaves its VMM out: said, with why.
        has(
            "assumption",
            assumption,
            &["shim", "VMM", "libvirt", "Firecracker", "5 MiB"],
        );
        // 12. An image pulled from someone is their code.
        has(
            "fast_setup",
            &items[1].more,
            &[
                "Docker Hub",
                "Sysdig",
                "Docker Scout",
                say("공식 이미지", "Official Images"),
            ],
        );
        // 13. Root in a container is the host's root unless changed.
        has(
            "isolation",
            &rows[4].more,
            &["UID 0", "USER", "rootless", "userns-remap"],
        );
        // 14. The engine is not on a running container's system calls (file and socket I/O
        // among them); its output (stdout, stderr) does go to the engine's logs, which live
        // restore's daemon-less containers fill (Docker's live restore docs: a full log blocks
        // the process).
        has(
            "engine",
            layer(LayerKind::Engine),
            &[
                "live restore",
                "stdout",
                say("거치지 않고 호스트 커널", "straight to the host kernel"),
                say("버퍼를 채우면", "fills that log's buffer"),
            ],
        );
        has(
            "performance advantage",
            &items[0].short,
            &[say("컨테이너 엔진", "container engine")],
        );
        // 15. Images are patched by rebuilding; Windows containers share the Windows kernel.
        has("management", &items[2].more, &[say("새로 빌드", "rebuild")]);
        has(
            "workloads",
            &rows[2].more,
            &[say("Windows 컨테이너", "Windows containers"), "Hyper-V"],
        );
    }
}

#[test]
fn the_estimates_count_a_vms_memory_once_and_a_containers_shim_and_app() {
    for lang in Lang::ALL {
        let f = &parse(lang).estimates.figures;
        let v = |k| value(f, k);
        for apps in [1, 5] {
            let e = estimate(f, apps);
            let n = u32::from(apps);
            // The app runs inside the memory a VM is given (1,000 MB, not 1,050).
            assert_eq!(
                e.vm.memory_mb,
                n * v(FigureKey::GuestOsMemoryMb),
                "{}",
                lang.slug()
            );
            assert_eq!(
                e.container.memory_mb,
                n * (v(FigureKey::ShimMemoryMb) + v(FigureKey::AppMemoryMb))
            );
        }
    }
}

#[test]
fn the_third_reads_language_list_stays_fixed() {
    let ko = parse(Lang::Ko);
    for (field, text) in own_texts(Lang::Ko) {
        // One word for I/O in a Korean text: 입출력.
        assert!(!text.contains("I/O"), "{field}: I/O, not 입출력: {text}");
        // 네이티브 explained where it first appears.
        if let Some(at) = text.find("네이티브") {
            assert!(
                text[at + "네이티브".len()..].starts_with('('),
                "{field}: 네이티브 unexplained: {text}"
            );
        }
        // No 그래도 … 여전히 in one sentence.
        for sentence in text.split(". ") {
            assert!(
                !(sentence.contains("그래도") && sentence.contains("여전히")),
                "{field}: 그래도 … 여전히: {sentence}"
            );
        }
    }
    // The VMM defined once, where it first comes (the hypervisor), and jargon explained on first use.
    let hypervisor = |c: &Content| {
        c.layers
            .iter()
            .find(|l| l.kind == LayerKind::Hypervisor)
            .unwrap()
            .more
            .to_string()
    };
    assert!(hypervisor(&ko).contains("VMM(가상머신 모니터"));
    assert!(hypervisor(&parse(Lang::En)).contains("virtual machine monitor (VMM)"));
    assert!(ko.estimates.assumption.contains("shim("));
    let kata = kata(&ko);
    assert!(kata.text.contains("파드("), "{}", kata.text);
    let boot = ko
        .estimates
        .figures
        .iter()
        .find(|f| f.key == FigureKey::VmBootMs)
        .unwrap();
    assert!(boot.source.contains("마이크로VM("), "{}", boot.source);
    // WSL 1 exists today: the present tense.
    assert!(ko
        .pictures
        .nested(Picture::Wsl2)
        .unwrap()
        .more
        .contains("처리한다"));
    for lang in Lang::ALL {
        let c = parse(lang);
        // A quote stops where a sentence can: never on a comma.
        for l in c.layers.iter() {
            if let Some(q) = &l.quote {
                assert!(
                    !q.trim_end().ends_with(','),
                    "{} {:?}: {q}",
                    lang.slug(),
                    l.kind
                );
            }
        }
    }
    let en = parse(Lang::En);
    // The English row says what the Korean one says (격리·보안), and the app's quote is English.
    assert_eq!(&*en.table.rows[4].topic, "Isolation and security");
    let app = en.layers.iter().find(|l| l.kind == LayerKind::App).unwrap();
    assert!(!app
        .quote
        .as_deref()
        .unwrap()
        .contains("one step more around"));
}

/// The isolation spectrum's Kata Containers level.
fn kata(c: &Content) -> &model::content::IsolationLevel {
    c.isolation
        .levels
        .iter()
        .find(|l| l.name.contains("Kata"))
        .expect("a Kata Containers level")
}
