### A voz: por que não há nenhuma e como adicionar uma.
### A fonte é core/locales/en/speech.ftl.

speech-no-voice-reason = nenhuma voz instalada fala { $language }

speech-unavailable = Nenhuma voz está disponível para a orientação por voz ({ $reason }). Os sinais sonoros continuam tocando.

speech-notice = { $unavailable } { $hint }

speech-add-voice-linux = Para ouvir a orientação por voz, instale o Speech Dispatcher com uma voz que fale { $language } (Debian e Ubuntu: speech-dispatcher e espeak-ng, que fala muitos idiomas) e abra o Limber de novo.
speech-add-voice-windows = Para ouvir a orientação por voz, adicione uma voz que fale { $language } em Configurações → Hora e idioma → Fala e abra o Limber de novo.
speech-add-voice-macos = Para ouvir a orientação por voz, adicione uma voz que fale { $language } em Ajustes do Sistema → Acessibilidade → Conteúdo Falado → Voz do Sistema → Gerenciar Vozes e abra o Limber de novo.
speech-off = a voz está desligada
speech-no-dispatcher = não é possível conectar ao Speech Dispatcher
speech-no-voices = o serviço de voz não oferece nenhuma voz
speech-cannot-change-voice = este mecanismo de voz não pode trocar de voz
speech-no-such-voice = não há a voz { $voice }
speech-thread-failed = não é possível iniciar a thread de voz: { $error }
sound-decode-failed = não é possível decodificar o som embutido sounds/{ $file }: { $error }
sound-thread-failed = não é possível iniciar a thread de áudio: { $error }
