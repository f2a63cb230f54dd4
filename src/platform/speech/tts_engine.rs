//! The real engine: the `tts` crate (Speech Dispatcher on Linux, WinRT on
//! Windows, AVFoundation on macOS). Created, used and kept on the speech
//! worker's thread only.

use super::worker::Engine;
use limber_core::speech::VoiceInfo;

pub(crate) struct TtsEngine {
    tts: tts::Tts,
    features: tts::Features,
}

impl TtsEngine {
    /// Connects to the platform's speech service.
    pub(crate) fn open() -> Result<TtsEngine, String> {
        let tts = tts::Tts::default().map_err(|err| describe(&err))?;
        let features = tts.supported_features();
        Ok(TtsEngine { tts, features })
    }
}

/// The `tts` error in words for the notice.
fn describe(err: &tts::Error) -> String {
    let text = err.to_string();
    // untranslated: the words libspeechd says, matched
    if cfg!(target_os = "linux") && text.contains("failed to initialize") {
        // The only thing libspeechd says when it finds no service.
        limber_core::t!("speech-no-dispatcher")
    } else {
        text
    }
}

/// Maps a relative `rate` (0.5..=2.0, 1.0 normal) onto an engine's scale:
/// 0.5 is its slowest, 1.0 its normal and 2.0 its fastest rate, linear in
/// between.
pub(crate) fn engine_rate(rate: f32, min: f32, normal: f32, max: f32) -> f32 {
    if rate <= 1.0 {
        normal - (1.0 - rate) * 2.0 * (normal - min)
    } else {
        normal + (rate - 1.0) * (max - normal)
    }
}

/// Maps a volume (0.0..=1.0) onto an engine's scale.
pub(crate) fn engine_volume(volume: f32, min: f32, max: f32) -> f32 {
    min + volume * (max - min)
}

impl Engine for TtsEngine {
    fn speak(&mut self, text: &str) -> Result<(), String> {
        // Speech Dispatcher's binding unwraps a C string: a NUL would
        // panic the speech thread. Control characters say nothing anyway.
        let text = limber_core::terminal::without_controls(text);
        self.tts
            .speak(text.as_ref(), true)
            .map(|_| ())
            .map_err(|err| describe(&err))
    }

    fn stop(&mut self) -> Result<(), String> {
        if self.features.stop {
            self.tts.stop().map_err(|err| describe(&err))?;
        }
        Ok(())
    }

    fn set_rate(&mut self, rate: f32) -> Result<(), String> {
        if self.features.rate {
            let value = engine_rate(
                rate,
                self.tts.min_rate(),
                self.tts.normal_rate(),
                self.tts.max_rate(),
            );
            self.tts.set_rate(value).map_err(|err| describe(&err))?;
        }
        Ok(())
    }

    fn set_volume(&mut self, volume: f32) -> Result<(), String> {
        if self.features.volume {
            let value = engine_volume(volume, self.tts.min_volume(), self.tts.max_volume());
            self.tts.set_volume(value).map_err(|err| describe(&err))?;
        }
        Ok(())
    }

    fn set_voice(&mut self, id: &str) -> Result<(), String> {
        if !self.features.voice {
            return Err(limber_core::t!("speech-cannot-change-voice"));
        }
        let voices = self.tts.voices().map_err(|err| describe(&err))?;
        let voice = voices
            .iter()
            .find(|voice| voice.id() == id)
            .ok_or_else(|| limber_core::t!("speech-no-such-voice", voice = format!("{id:?}")))?;
        self.tts.set_voice(voice).map_err(|err| describe(&err))
    }

    fn voices(&mut self) -> Vec<VoiceInfo> {
        if !self.features.voice {
            return Vec::new();
        }
        self.tts
            .voices()
            .map(|voices| {
                voices
                    .iter()
                    .map(|voice| VoiceInfo {
                        id: voice.id(),
                        name: voice.name(),
                        language: voice.language().to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_map_onto_the_engines_scale() {
        // Speech Dispatcher: -100 ..= 100, normal 0.
        assert_eq!(engine_rate(1.0, -100.0, 0.0, 100.0), 0.0);
        assert_eq!(engine_rate(0.5, -100.0, 0.0, 100.0), -100.0);
        assert_eq!(engine_rate(2.0, -100.0, 0.0, 100.0), 100.0);
        assert_eq!(engine_rate(0.75, -100.0, 0.0, 100.0), -50.0);
        // WinRT: 0.5 ..= 6, normal 1.
        assert_eq!(engine_rate(1.5, 0.5, 1.0, 6.0), 3.5);
        assert_eq!(engine_volume(0.5, -100.0, 100.0), 0.0);
        assert_eq!(engine_volume(1.0, 0.0, 1.0), 1.0);
    }
}
