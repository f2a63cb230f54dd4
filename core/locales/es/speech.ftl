### La voz: por qué no hay ninguna y cómo añadir una.
### El texto de origen es core/locales/en/speech.ftl.

speech-no-voice-reason = ninguna voz instalada habla { $language }

speech-unavailable = No hay ninguna voz disponible para la guía por voz ({ $reason }). Las señales sonoras siguen sonando.

speech-notice = { $unavailable } { $hint }

speech-add-voice-linux = Para oír la guía por voz, instala Speech Dispatcher con una voz que hable { $language } (en Debian y Ubuntu: speech-dispatcher y espeak-ng, que habla muchos idiomas) y vuelve a abrir Limber.
speech-add-voice-windows = Para oír la guía por voz, añade una voz que hable { $language } en Configuración → Hora e idioma → Voz y vuelve a abrir Limber.
speech-add-voice-macos = Para oír la guía por voz, añade una voz que hable { $language } en Ajustes del Sistema → Accesibilidad → Contenido leído → Voz del sistema → Gestionar voces y vuelve a abrir Limber.
speech-off = la voz está desactivada
speech-no-dispatcher = no se puede conectar con Speech Dispatcher
speech-no-voices = el servicio de voz no ofrece ninguna voz
speech-cannot-change-voice = este motor de voz no puede cambiar de voz
speech-no-such-voice = no hay ninguna voz { $voice }
speech-thread-failed = no se puede iniciar el hilo de la voz: { $error }
sound-decode-failed = no se puede decodificar el sonido incluido sounds/{ $file }: { $error }
sound-thread-failed = no se puede iniciar el hilo de audio: { $error }
